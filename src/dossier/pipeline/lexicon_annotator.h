// The lexicon features for training and scoring the NER tagger on CoNLL files, from the
// shipped gazetteer: what train-ner and evaluate-ner (tagger/ner_commands.h) annotate with.
#pragma once

#include <memory>

#include "dossier/pipeline/models.h"
#include "dossier/tagger/ner_commands.h"

namespace dossier {

// Sets a sentence's lexicon bits as extraction sets them, from `models`' gazetteer (kept
// alive by the annotator).
LexiconAnnotator lexicon_annotator(std::shared_ptr<const Models> models);

}  // namespace dossier
