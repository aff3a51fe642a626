#!/usr/bin/env python3
"""Generates a synthetic corpus of news reports on political violence for benchmarks.

Every sentence comes from templates written for this script; names (cities, countries,
armed groups, officials, nationalities) are drawn from the project's lexicons in
data/lexicon/*.tsv, sometimes as an alias or with a typo, and mixed with invented
person names. The output is deterministic for a given --seed and --size.

    make_corpus.py --size 10 --out corpus10/            # ~10 MB of .txt files (3-8 KB each)
    make_corpus.py --size 10 --jsonl corpus10.jsonl     # the same reports as JSONL records

Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LEXICON = os.path.join(HERE, "..", "data", "lexicon")

FIRST_NAMES = [
    "Amina", "Tariq", "Olena", "Dmitri", "Fatima", "Samuel", "Grace", "Hassan", "Leila",
    "Mateo", "Ibrahim", "Nadia", "Kofi", "Yusuf", "Elena", "Jamal", "Priya", "Omar", "Sofia",
    "Ahmed", "Miriam", "Viktor", "Chidi", "Rania", "Karim", "Anna", "Pedro", "Aisha", "Bilal",
    "Zainab", "Mustafa", "Ruth", "Daniel", "Halima", "Sergei", "Lucia", "Abdullah", "Noor",
]
LAST_NAMES = [
    "Haddad", "Kovalenko", "Mensah", "Rahimi", "Okafor", "Petrov", "Nasser", "Diallo",
    "Karimov", "Alvarez", "Hosseini", "Abubakar", "Sokolova", "Mwangi", "Qureshi", "Yilmaz",
    "Bakr", "Ndiaye", "Farouk", "Shevchenko", "Oduya", "Rashid", "Moreno", "Salimov",
    "Tahir", "Adeyemi", "Zaidi", "Boateng", "Aziz", "Volkov", "Hamdan", "Sultani",
]
ROLES_ORG = ["a spokesman", "a deputy director", "a senior fellow", "an analyst"]
OFFICIAL_ROLES = ["police chief", "provincial governor", "interior ministry spokesman",
                  "health official", "army spokesman", "district administrator"]
VENUES = ["a crowded market", "a bus station", "a mosque", "a church", "a police checkpoint",
          "a wedding hall", "a military base", "a concert hall", "a school", "a hotel",
          "a government compound", "a refugee camp", "a border crossing", "a shopping centre"]
ATTACKS = ["suicide bombing", "car bomb attack", "gun attack", "mortar attack", "ambush",
           "drone strike", "grenade attack", "roadside bombing", "raid", "massacre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "dozens of", "scores of", "hundreds of"]


def read_tsv(path):
    """Rows of a lexicon TSV as dicts keyed by its header line (comment lines skipped)."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def ascii_names(row):
    """The name and the Latin-script aliases of a lexicon row."""
    names = [row["name"]] + [a for a in row.get("aliases", "").split("|") if a]
    return [n for n in names if n and all(ord(c) < 0x250 or c in "–'’" for c in n)]


class Lexicon:
    def __init__(self, directory):
        actors = read_tsv(os.path.join(directory, "actors.tsv"))
        self.groups = [ascii_names(r) for r in actors
                       if r["type"] == "organization" and r["subtype"] == "armed_group"]
        self.institutions = [ascii_names(r) for r in actors
                             if r["type"] == "organization"
                             and r["subtype"] in ("government", "military", "intelligence",
                                                  "international", "ngo", "agency")]
        self.media = [ascii_names(r) for r in actors
                      if r["type"] == "organization" and r["subtype"] == "media"]
        self.leaders = [ascii_names(r) for r in actors if r["type"] == "person"]
        cities = read_tsv(os.path.join(directory, "cities.tsv"))
        big = [r for r in cities if r.get("population", "0").isdigit()
               and int(r["population"]) > 200000]
        self.cities = [(ascii_names(r), r["country"]) for r in big]
        countries = read_tsv(os.path.join(directory, "countries.tsv"))
        self.country_by_code = {r["country"]: ascii_names(r) for r in countries}
        self.demonyms = [ascii_names(r) for r in read_tsv(os.path.join(directory, "demonyms.tsv"))]
        for pool in (self.groups, self.institutions, self.media, self.leaders, self.demonyms):
            pool[:] = [names for names in pool if names]
        self.cities = [(n, c) for n, c in self.cities if n and self.country_by_code.get(c)]


def typo(rng, name):
    """The name with one adjacent-letter swap, or a dropped letter (for long words)."""
    letters = [i for i in range(1, len(name) - 2) if name[i].isalpha() and name[i + 1].isalpha()]
    if not letters:
        return name
    i = rng.choice(letters)
    if rng.random() < 0.5:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + name[i + 1:]


class Reporter:
    """Writes one report at a time from the templates, with a consistent cast per report."""

    def __init__(self, lexicon, rng):
        self.lex = lexicon
        self.rng = rng

    def pick_name(self, names, alias_rate=0.35, typo_rate=0.03):
        rng = self.rng
        name = names[0]
        if len(names) > 1 and rng.random() < alias_rate:
            name = rng.choice(names[1:])
        if rng.random() < typo_rate:
            name = typo(rng, name)
        return name

    def person(self):
        rng = self.rng
        middle = rng.choice(FIRST_NAMES)[0] + ". " if rng.random() < 0.1 else ""
        return f"{rng.choice(FIRST_NAMES)} {middle}{rng.choice(LAST_NAMES)}"

    def count(self, low=1, high=200):
        rng = self.rng
        n = int(low + (high - low) * rng.random() ** 2.5)
        if rng.random() < 0.12 and n >= 2 and n <= 12:
            return NUMBER_WORDS[n - 2]
        if n >= 1000:
            return f"{n:,}"
        return str(n)

    def killed_phrase(self):
        rng = self.rng
        n = self.count(2)
        forms = [
            f"at least {n} people were killed",
            f"{n} people died",
            f"the death toll rose to {n}",
            f"more than {n} people were killed",
            f"between {n} and {self.count(int(str(n).replace(',', '')) + 1 if str(n).replace(',', '').isdigit() else 20, 400)} people were killed"
            if str(n).replace(",", "").isdigit() else f"about {n} people were killed",
            f"nearly {n} soldiers were killed",
            f"{n} police officers were among the dead",
        ]
        return rng.choice(forms)

    def wounded_phrase(self):
        rng = self.rng
        n = self.count(1, 400)
        return rng.choice([f"wounding {n}", f"and {n} were wounded", f"injuring at least {n} others",
                           f"while {n} people were taken to hospital",
                           f"leaving some {n} injured"])

    def arrested_phrase(self):
        n = self.count(1, 40)
        return self.rng.choice([f"{n} suspects were arrested", f"police detained {n} people",
                                f"security forces arrested at least {n} men"])

    def date(self, published):
        rng = self.rng
        d = published - datetime.timedelta(days=rng.randint(0, 6))
        form = rng.random()
        if form < 0.4:
            return f"on {MONTHS[d.month - 1]} {d.day}", d
        if form < 0.6:
            return f"on {d.day} {MONTHS[d.month - 1]} {d.year}", d
        if form < 0.8:
            return "on " + d.strftime("%A"), d
        return rng.choice(["on Saturday night", "early on Tuesday", "late last week",
                           "yesterday"]), d

    def report(self):
        rng, lex = self.rng, self.lex
        published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 3650))
        city_names, code = rng.choice(lex.cities)
        city = self.pick_name(city_names, alias_rate=0.1)
        country_names = lex.country_by_code[code]
        country = self.pick_name(country_names, alias_rate=0.15)
        group_names = rng.choice(lex.groups)
        group = group_names[0]
        group_alias = self.pick_name(group_names, alias_rate=0.8)
        demonym = rng.choice(lex.demonyms)
        demonym_adj = demonym[1] if len(demonym) > 1 else demonym[0]
        leader = self.pick_name(rng.choice(lex.leaders), alias_rate=0.2)
        institution = self.pick_name(rng.choice(lex.institutions), alias_rate=0.4)
        media = self.pick_name(rng.choice(lex.media), alias_rate=0.3)
        official = self.person()
        witness = self.person()
        analyst = self.person()
        attack = rng.choice(ATTACKS)
        venue = rng.choice(VENUES)
        when, day = self.date(published)

        title = rng.choice([
            f"{attack.capitalize()} in {city} leaves many dead",
            f"{group} claims {attack} in {city}",
            f"{country}: deadly {attack} at {venue}",
            f"Dozens dead after {attack} in {country}",
        ])
        lead = [
            f"{city.upper()}, {country} ({media}) - A {attack} at {venue} in {city} {when} "
            f"killed {self.count(2)} people, "
            f"officials said. Police later said "
            f"{self.killed_phrase()}, {self.wounded_phrase()}.",
            f"Authorities in {country} said the {attack} struck {venue} in the centre of {city} "
            f"shortly before noon {when}.",
        ]
        pool = [
            lambda: f"The {group} ({group_alias}) claimed responsibility in a statement posted online, "
            f"{media} reported.",
            lambda: f"{official}, the {rng.choice(OFFICIAL_ROLES)} of {city}, told reporters that "
            f"{self.killed_phrase()} and that the number could rise.",
            lambda: f"\"We heard two explosions and then shooting,\" said {witness}, a shopkeeper who "
            f"lives near {venue}. \"People were running everywhere.\"",
            lambda: f"{leader} condemned the attack and ordered an investigation, according to "
            f"a statement from the {institution}.",
            lambda: f"Hospital officials in {city} said {self.count(2, 90)} of the wounded were in "
            f"critical condition.",
            lambda: f"Earlier reports by local media said {self.killed_phrase()}, a figure later revised "
            f"by the {institution}.",
            lambda: f"In a separate incident {self.date(published)[0]}, {self.arrested_phrase()} in "
            f"{self.pick_name(rng.choice(lex.cities)[0], alias_rate=0.1)} in connection with "
            f"the attack.",
            lambda: f"Several of the victims were {demonym[0]}, the {country_names[0]} embassy said, "
            f"and a {demonym_adj} national was among the wounded.",
            lambda: f"{analyst}, {rng.choice(ROLES_ORG)} at a research institute, said {group_alias} "
            f"had stepped up operations in {country} since {published.year - rng.randint(1, 6)}.",
            lambda: f"The attack was the deadliest in {city} since {MONTHS[rng.randint(0, 11)]} "
            f"{published.year - rng.randint(1, 4)}, when {self.killed_phrase()}.",
            lambda: f"Police said {self.arrested_phrase()} after a raid on a house on the outskirts of "
            f"{city} {self.date(published)[0]}.",
            lambda: f"The {institution} said it was working with authorities in {country} to identify "
            f"those responsible.",
            lambda: f"Security was tightened across {country} after the attack, with checkpoints set up "
            f"on roads leading into {city}.",
            lambda: f"{group_alias} fighters have carried out a string of attacks on security forces "
            f"in the region this year, {self.killed_phrase()} in one such raid.",
            lambda: f"Witnesses told {media} that gunmen opened fire on worshippers before detonating "
            f"explosives, {self.wounded_phrase()}.",
            lambda: f"Funerals for the victims were held in {city} {self.date(published)[0]}, as "
            f"relatives gathered outside the morgue.",
            lambda: f"The United Nations said civilians had paid a heavy price in the conflict, with "
            f"{self.count(100, 20000)} deaths recorded in {country} over the past year.",
            lambda: f"{official} later said {self.count(2, 60)} of the injured had been discharged.",
        ]
        target = rng.randint(3000, 8000)
        paragraphs = list(lead)
        size = sum(len(p) for p in paragraphs) + len(title)
        while size < target:
            sentences = rng.sample(pool, rng.randint(2, 4))
            paragraph = " ".join(make() for make in sentences)
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        body = f"{title}\n\nPublished {published.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
        return published.isoformat(), title, body


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=float, required=True, help="megabytes (10^6 bytes) of text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lexicon", default=DEFAULT_LEXICON, help="data/lexicon directory")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", help="directory for report_NNNNNN.txt files")
    out.add_argument("--jsonl", help="JSONL file, one {id, published, title, text} per line")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    reporter = Reporter(Lexicon(args.lexicon), rng)
    budget = int(args.size * 1_000_000)
    written = count = 0
    sink = None
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    else:
        sink = open(args.jsonl, "w", encoding="utf-8")
    while written < budget:
        published, title, body = reporter.report()
        data = body.encode("utf-8")
        if args.out:
            with open(os.path.join(args.out, f"report_{count:06d}.txt"), "wb") as f:
                f.write(data)
        else:
            record = {"id": f"r{count:06d}", "published": published, "title": title,
                      "text": body}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += len(data)
        count += 1
    if sink:
        sink.close()
    print(f"{count} reports, {written} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
