#!/usr/bin/env python3
"""Writes gold.jsonl for other-events-56 (annotation kept as data here; run once)."""
import json, pathlib, os
HERE = pathlib.Path(__file__).resolve().parent
SRC = {p.name[:3]: p.name for p in (HERE / "sources").glob("*.txt")}

# ---- claimants, event A (Anápolis church roof collapse) ----
FB = ["Goiás state fire brigade", "state fire brigade", "fire brigade", "Goiás Military Fire Brigade",
      "Military Fire Brigade", "CBMGO", "Corpo de Bombeiros", "Military Fire Department",
      "Fire Department", "Firefighters", "firefighters", "the brigade", "brigade"]
REZ = FB + ["Cláudia Rezende", "Rezende", "Major Cláudia Rezende", "brigade spokeswoman"]
BAS = FB + ["Aurélio Bastos", "Bastos", "Colonel Aurélio Bastos", "Mr Bastos", "commander"]
SES = ["SES-GO", "SES", "State Secretariat of Health of Goiás", "State Secretariat of Health",
       "state health secretariat", "health secretariat", "secretariat", "the secretariat",
       "Goiás health officials", "health officials", "Secretaria de Estado da Saúde de Goiás"]
CHURCH = ["Missão Vida Plena", "Missão Vida Plena church", "Igreja Missão Vida Plena", "church",
          "the church", "congregation", "leadership of the church", "Elias Monteiro",
          "Pastor Elias Monteiro", "Monteiro", "pastor", "senior pastor"]
CIVPOL = ["Civil Police", "Civil Police of Goiás", "Polícia Civil", "Sônia Prado", "Prado",
          "detective", "delegate"]
MILPOL = ["Military Police", "Polícia Militar"]
AFVJ = ["Association of Families of the Jundiaí Victims", "AFVJ", "families' association",
        "Association of Families"]
GOV = ["governor", "state governor", "Governor of Goiás"]
HDIR = ["director of the Regional Hospital", "Regional Hospital", "hospital director",
        "doctor who directs the unit", "director"]
VIGORG = CHURCH + ["church members", "organisers"]
# ---- claimants, event B (Asunción campesino march) ----
POL = ["National Police", "Policía Nacional", "police", "the force", "Aníbal Riquelme", "Riquelme",
       "Commissioner Aníbal Riquelme", "Mr Riquelme", "head of the capital's police"]
MIN = ["Interior Ministry", "Ministry of the Interior", "ministry", "the ministry", "Enrique Villalba",
       "Villalba", "Mr Villalba", "Interior Minister", "Minister of the Interior", "minister"]
MNC = ["Mesa Nacional Campesina", "MNC", "organisers", "organizers", "organizadores"]
BEN = MNC + ["Rosa Benítez", "Benítez", "Ms Benítez", "MNC's lawyers", "legal team"]
AYA = MNC + ["Crispín Ayala", "Ayala", "MNC spokesman"]
RN = ["Red Ñemity", "Red Ñemity de Derechos Humanos", "Red Nemity", "rights network",
      "human-rights network", "network", "Coordination Team"]
CAC = RN + ["Ana Lucía Cáceres", "Cáceres", "Ms Cáceres", "coordinator"]
UTP = ["Union of Press Workers", "UTP", "journalists' union", "union"]
TDOC = ["duty doctor", "Trauma Hospital", "doctor"]
TDIR = ["director of the Trauma Hospital", "Trauma Hospital", "hospital director", "director"]
AT = ["Asunción Times"]

SUBJ = {"killed": ("people", []), "injured": ("people", []), "arrested": ("people", []),
        "participants": ("people", ["protesters"]), "deployed": ("security", ["people"])}
rows = []
def r(src, group, measure, value, qual, claimant, quote, opt=False, subject=None, alt_subj=None,
      hi=None, point=None, tags=None):
    s, a = SUBJ[measure]
    if subject: s = subject
    if alt_subj is not None: a = alt_subj
    alt = []
    if qual == "range":
        mid = (value + hi) / 2
        mid = int(mid) if mid == int(mid) else mid
        alt = [hi, mid]; p = mid
    elif qual == "vague":
        p = point
    else:
        p = value
    if qual == "denial":
        tags = ["denial"]
    rows.append({"source": SRC[src], "group": group, "measure": measure, "subject": s,
                 "alt_subjects": a, "value": value, "point": p, "alt_values": alt,
                 "qualifier": qual, "claimant": claimant, "quote": quote, "optional": opt,
                 "tags": tags or []})
OFF = dict(subject="security", alt_subj=["people"])
JRN = dict(subject="journalists", alt_subj=["people"])

# ===================== EVENT A =====================
# 101 agency wire, Sun 20 Sep early
r("101", "A:killed-total", "killed", 4, "exact", FB, "killing four", opt=True)
r("101", "A:killed-total", "killed", 4, "at_least", FB, "At least four people were killed")
r("101", "A:injured-total", "injured", 63, "exact", FB, "and 63 injured")
r("101", "A:injured/serious", "injured", 7, "exact", REZ, "Seven of the injured were in a serious condition")
r("101", "A:killed/on-site", "killed", 4, "exact", REZ, "We took four bodies out of the debris", opt=True)
r("101", "A:participants/inside", "participants", 350, "approx", CHURCH, "some 350 worshippers had been inside")
r("101", "A:participants/inside", "participants", 500, "approx", REZ, "put the number closer to 500")
r("101", "A:deployed/firefighters-night", "deployed", 90, "approx", FB, "Around 90 firefighters")
r("101", "A:killed/2021-goiania", "killed", 2, "exact", [], "killing two people")
# 102 regional site, translated, Sun 20 Sep evening
r("102", "A:killed-total", "killed", 7, "exact", SES, "Rises to 7 the number of dead", opt=True)
r("102", "A:killed/regional-hospital", "killed", 2, "exact", SES, "Two victims died in the Regional Hospital")
r("102", "A:killed/santa-casa", "killed", 1, "exact", SES, "and one in the Santa Casa")
r("102", "A:injured-total", "injured", 71, "exact", SES, "71 people were attended in the health network, according", opt=True)
r("102", "A:killed-total", "killed", 7, "exact", SES, "rose to seven this Sunday afternoon")
r("102", "A:killed/on-site", "killed", 4, "exact", SES, "four died still in the place of the accident")
r("102", "A:killed/in-hospital", "killed", 3, "exact", SES, "three after being taken to hospital units")
r("102", "A:injured-total", "injured", 71, "exact", SES, "71 people were attended in the health network of the city")
r("102", "A:injured/hospitalised", "injured", 15, "exact", SES, "of which 15 remained hospitalized")
r("102", "A:injured/serious", "injured", 6, "exact", SES, "Six of the hospitalized are in serious state")
r("102", "A:killed-total", "killed", 4, "exact", FB, "Firefighters confirm 4 deaths", opt=True)
r("102", "A:injured-total", "injured", 63, "exact", FB, "4 deaths and 63 injured", opt=True)
r("102", "A:injured/regional-hospital", "injured", 31, "exact", SES, "Hospital Regional de Anápolis 31")
r("102", "A:injured/hospitalised-regional", "injured", 9, "exact", SES, "Hospital Regional de Anápolis 31 9")
r("102", "A:injured/upa", "injured", 18, "exact", SES, "UPA Pedro Ludovico 18")
r("102", "A:injured/hospitalised-upa", "injured", 2, "exact", SES, "UPA Pedro Ludovico 18 2")
r("102", "A:injured/santa-casa", "injured", 22, "exact", SES, "Santa Casa de Misericórdia 22")
r("102", "A:injured/hospitalised-santa-casa", "injured", 4, "exact", SES, "Santa Casa de Misericórdia 22 4")
r("102", "A:injured-total", "injured", 71, "exact", SES, "Total 71", opt=True)
r("102", "A:injured/hospitalised", "injured", 15, "exact", SES, "Total 71 15", opt=True)
r("102", "A:injured/icu-regional", "injured", 3, "exact", HDIR, "three are in the ICU")
r("102", "A:killed/children", "killed", 2, "exact", CIVPOL, "Among the dead are two children")
r("102", "A:participants/inside", "participants", 480, "approx", FB, "about 480 faithful were inside the temple")
r("102", "A:participants/inside", "participants", 350, "approx", CHURCH, "around 350 people")
r("102", "A:killed/2021-goiania", "killed", 2, "exact", [], "Goiânia; 2 dead (2021)", opt=True)
# 103 national site, Mon 21 Sep
r("103", "A:killed-total", "killed", 9, "exact", SES, "state confirms nine dead", opt=True)
r("103", "A:killed-total", "killed", 10, "exact", CHURCH, "congregation insists on ten", opt=True)
r("103", "A:killed/in-hospital", "killed", 2, "exact", SES, "Two more patients died overnight at the Regional", opt=True)
r("103", "A:arrested-total", "arrested", 0, "denial", CIVPOL, "investigators say no arrests yet", opt=True)
r("103", "A:killed-total", "killed", 9, "exact", SES, "Nine people have now died")
r("103", "A:killed-total", "killed", 10, "exact", CHURCH, "says the toll is ten")
r("103", "A:killed-total", "killed", 10, "exact", CHURCH, "ten brothers and sisters called home", opt=True)
r("103", "A:injured-total", "injured", 78, "exact", SES, "received medical care at 78")
r("103", "A:injured/hospitalised", "injured", 11, "exact", SES, "of whom 11 were still in hospital")
r("103", "A:injured-total", "injured", 100, "more_than", CHURCH, "\"more than a hundred\" members hurt")
r("103", "A:injured/serious", "injured", 6, "exact", GOV, "six of the injured were")
r("103", "A:deployed/firefighters-total", "deployed", 112, "exact", BAS, "112 firefighters in total")
r("103", "A:arrested-total", "arrested", 0, "denial", CIVPOL, "no one had been arrested so far")
r("103", "A:participants/vigil-sep-21", "participants", 2000, "approx", MILPOL, "drew about 2,000 people")
r("103", "A:participants/vigil-sep-21", "participants", 5000, "exact", VIGORG, "five thousand souls")
r("103", "A:killed/2021-goiania", "killed", 2, "exact", [], "killing two shoppers")
r("103", "A:killed-total", "killed", 7, "exact", [], "7 dead, 71 treated", opt=True)
r("103", "A:injured-total", "injured", 71, "exact", [], "71 treated", opt=True)
# 104 encyclopedia, Oct 2026
r("104", "A:killed-total", "killed", 9, "exact", SES, "Deaths 9 (SES-GO)")
r("104", "A:killed-total", "killed", 10, "exact", CHURCH, "10 (church)")
r("104", "A:injured-total", "injured", 78, "exact", [], "78 treated, 15 admitted", opt=True)
r("104", "A:injured/hospitalised", "injured", 15, "exact", [], "15 admitted[2]", opt=True)
r("104", "A:arrested-total", "arrested", 1, "exact", [], "Arrests 1 (engineer")
r("104", "A:participants/inside", "participants", 350, "approx", CHURCH, "about 350 (the church)")
r("104", "A:participants/inside", "participants", 500, "approx", FB, "nearly 500 (the state fire brigade)")
r("104", "A:deployed/firefighters-night", "deployed", 90, "approx", [], "deployed around 90 firefighters")
r("104", "A:deployed/firefighters-total", "deployed", 112, "exact", FB, "112 had taken part over three shifts")
r("104", "A:killed/on-site", "killed", 4, "exact", [], "Four people died at the scene")
r("104", "A:killed/in-hospital", "killed", 3, "exact", [], "three in hospital on 20 September")
r("104", "A:killed/in-hospital", "killed", 2, "exact", [], "two more died in intensive care", opt=True)
r("104", "A:killed-total", "killed", 9, "exact", SES, "bringing the official toll to nine", opt=True)
r("104", "A:killed/children", "killed", 2, "exact", [], "Two children, aged six and eleven")
r("104", "A:injured-total", "injured", 78, "exact", SES, "The secretariat recorded 78 people")
r("104", "A:injured/hospitalised", "injured", 15, "exact", SES, "of whom 15 were admitted")
r("104", "A:injured-total", "injured", 100, "more_than", CHURCH, "more than 100 of its members were injured")
r("104", "A:killed-total", "killed", 9, "exact", SES, "SES-GO (21 September) 9", opt=True)
r("104", "A:injured-total", "injured", 78, "exact", SES, "SES-GO (21 September) 9 78", opt=True)
r("104", "A:killed-total", "killed", 10, "exact", CHURCH, "Missão Vida Plena (21 September) 10", opt=True)
r("104", "A:injured-total", "injured", 100, "more_than", CHURCH, "Missão Vida Plena (21 September) 10 100+", opt=True)
r("104", "A:killed-total", "killed", 4, "exact", FB, "CBMGO (20 September, early) 4")
r("104", "A:injured-total", "injured", 63, "exact", FB, "CBMGO (20 September, early) 4 63")
r("104", "A:participants/march-sep-27", "participants", 1500, "approx", MILPOL, "some 1,500 people")
r("104", "A:participants/march-sep-27", "participants", 4000, "exact", AFVJ, "said 4,000 took part")
r("104", "A:killed-total", "killed", 4, "exact", [], "night vigil in central Brazil, killing four\". Meridiano", opt=True)
r("104", "A:killed-total", "killed", 9, "exact", [], "state confirms nine dead, congregation", opt=True)
r("104", "A:killed-total", "killed", 10, "exact", [], "congregation insists on ten\". The", opt=True)
r("104", "A:killed-total", "killed", 7, "exact", [], "Sobe para 7 o número de mortos", opt=True)

# ===================== EVENT B =====================
# 201 national site, Thu 26 Mar night
r("201", "B:participants/march-mar-26", "participants", 6500, "exact", POL, "Police say 6,500 marched", opt=True)
r("201", "B:participants/march-mar-26", "participants", 40000, "exact", MNC, "campesino groups claim 40,000", opt=True)
r("201", "B:arrested/mar-26", "arrested", 27, "exact", MIN, "end in 27 arrests", opt=True)
r("201", "B:injured/officers", "injured", 14, "exact", MIN, "Fourteen officers hurt", opt=True, **OFF)
r("201", "B:arrested/mar-26", "arrested", 38, "exact", BEN, "count 38 detained", opt=True)
r("201", "B:injured/protesters-mar-26", "injured", None, "vague", BEN, "dozens of marchers injured", opt=True, point=24)
r("201", "B:participants/march-mar-26", "participants", None, "vague", [], "Thousands of small farmers", opt=True, point=2000)
r("201", "B:participants/march-mar-26", "participants", 6500, "exact", POL, "put the crowd at 6,500")
r("201", "B:participants/march-mar-26", "participants", 40000, "more_than", MNC, "more than 40,000 people had taken part")
r("201", "B:participants/march-mar-26", "participants", 14000, "range", AT, "between 14,000 and 17,000 people", hi=17000)
r("201", "B:deployed-total", "deployed", 3200, "exact", MIN, "deployed 3,200 officers")
r("201", "B:deployed/riot-mounted", "deployed", 400, "approx", MIN, "some 400 riot and mounted police")
r("201", "B:deployed-total", "deployed", 5000, "more_than", MNC, "more than five thousand uniformed men")
r("201", "B:arrested/mar-26", "arrested", 27, "exact", MIN, "27 people had been arrested")
r("201", "B:injured/officers", "injured", 14, "exact", MIN, "14 police officers injured", **OFF)
r("201", "B:injured/officers-fireworks", "injured", 2, "exact", MIN, "two of them by fireworks", **OFF)
r("201", "B:arrested/mar-26", "arrested", 38, "exact", BEN, "38 marchers had been detained")
r("201", "B:injured/protesters-mar-26", "injured", 50, "at_least", BEN, "at least 50 had been hurt")
r("201", "B:injured/rubber-bullets", "injured", 6, "exact", BEN, "six of them by rubber bullets")
r("201", "B:arrested/medics", "arrested", 2, "exact", BEN, "two of the march's medics")
r("201", "B:arrested/mar-26", "arrested", 27, "exact", POL, "the 27 detainees", opt=True)
r("201", "B:injured/trauma-hospital", "injured", 11, "exact", TDOC, "11 people had been brought in")
r("201", "B:injured/trauma-fractures", "injured", 3, "exact", TDOC, "three of them with fractures")
r("201", "B:injured/trauma-admitted", "injured", 2, "exact", TDOC, "Two were kept in overnight")
r("201", "B:participants/2025-march", "participants", 4000, "exact", POL, "4,000 people by the police")
r("201", "B:participants/2025-march", "participants", 25000, "exact", MNC, "at 25,000 by the organisers")
# 202 live blog, Fri 27 Mar
r("202", "B:arrested/mar-27", "arrested", 19, "exact", POL, "19 detained in Friday's clearance", opt=True)
r("202", "B:arrested-total", "arrested", 46, "exact", POL, "46 since Thursday", opt=True)
r("202", "B:arrested-total", "arrested", 61, "exact", RN, "counts 61 detentions", opt=True)
r("202", "B:injured/journalists", "injured", 2, "exact", UTP, "two reporters injured", opt=True, **JRN)
r("202", "B:participants/rally-mar-27", "participants", 800, "approx", POL, "Some 800 people have gathered")
r("202", "B:participants/rally-mar-27", "participants", 2000, "more_than", MNC, "\"more than 2,000\"")
r("202", "B:injured/journalists", "injured", 2, "exact", UTP, "two of its members, a photographer and a cameraman", **JRN)
r("202", "B:killed-total", "killed", 0, "denial", TDIR, "No patient admitted from the protests has died")
r("202", "B:injured/trauma-admitted", "injured", 2, "exact", TDIR, "We have two people still admitted")
r("202", "B:killed-total", "killed", 0, "denial", MIN, "There is no dead person")
r("202", "B:killed-total", "killed", 0, "denial", MIN, "nobody has died,\" he says", opt=True)
r("202", "B:arrested/in-custody", "arrested", 12, "exact", MIN, "12 of those arrested remain in custody")
r("202", "B:injured/officers", "injured", 17, "exact", MIN, "has risen to 17", **OFF)
r("202", "B:arrested-total", "arrested", 61, "exact", CAC, "registered 61 detentions")
r("202", "B:arrested/mar-27", "arrested", 25, "at_least", AYA, "at least 25 of its members were taken away")
r("202", "B:arrested/mar-27", "arrested", 19, "exact", POL, "19 people were detained during the clearance")
r("202", "B:deployed/clearance-mar-27", "deployed", 900, "approx", POL, "some 900 officers")
r("202", "B:arrested-total", "arrested", 46, "exact", POL, "since Thursday to 46")
r("202", "B:participants/camp-mar-27", "participants", None, "vague", ["witnesses"], "Several hundred people had been sleeping", opt=True, point=300)
r("202", "B:arrested/mar-26", "arrested", 27, "exact", MIN, "27 people arrested and 14 officers")
r("202", "B:injured/officers", "injured", 14, "exact", MIN, "14 officers injured.", **OFF)
r("202", "B:participants/march-mar-26", "participants", 6500, "exact", POL, "Police say 6,500 marched; campesinos", opt=True)
r("202", "B:participants/march-mar-26", "participants", 40000, "exact", MNC, "campesinos claim 40,000", opt=True)
# 203 NGO statement, Sat 28 Mar
r("203", "B:arrested-total", "arrested", 64, "exact", RN, "64 detentions in two days", opt=True)
r("203", "B:arrested/in-custody", "arrested", 12, "exact", RN, "release of the 12 compañeros still held", opt=True)
r("203", "B:participants/march-mar-26", "participants", 30000, "range", RN, "between 30,000 and 35,000 people", hi=35000)
r("203", "B:arrested-total", "arrested", 64, "exact", RN, "we documented 64 detentions")
r("203", "B:arrested-total", "arrested", 46, "exact", POL, "publicly acknowledged 46")
r("203", "B:arrested/minors", "arrested", 7, "exact", RN, "seven adolescents between 14 and 17")
r("203", "B:arrested/journalists", "arrested", 2, "exact", RN, "two journalists of community radio", **JRN)
r("203", "B:arrested/mar-26", "arrested", 41, "exact", RN, "Thu 26/03 41")
r("203", "B:injured/protesters-mar-26", "injured", 52, "exact", RN, "Thu 26/03 41 52")
r("203", "B:injured/hospital-mar-26", "injured", 9, "exact", RN, "Thu 26/03 41 52 9")
r("203", "B:arrested/mar-27", "arrested", 23, "exact", RN, "Fri 27/03 23")
r("203", "B:injured/protesters-mar-27", "injured", 6, "exact", RN, "Fri 27/03 23 6")
r("203", "B:injured/hospital-mar-27", "injured", 1, "exact", RN, "Fri 27/03 23 6 1")
r("203", "B:arrested-total", "arrested", 64, "exact", RN, "Total 64", opt=True)
r("203", "B:injured/protesters-total", "injured", 58, "exact", RN, "Total 64 58")
r("203", "B:injured/hospital-total", "injured", 10, "exact", RN, "Total 64 58 10")
r("203", "B:injured/rubber-bullets", "injured", 9, "exact", RN, "Nine of the injured were hit by rubber bullets")
r("203", "B:injured/eye", "injured", 2, "exact", RN, "two of them in the eye")
r("203", "B:arrested/in-custody", "arrested", 12, "exact", RN, "12 compañeros remain deprived of liberty")
r("203", "B:killed-total", "killed", 0, "denial", RN, "our network has not registered any death")
r("203", "B:injured/protesters-total", "injured", 58, "exact", RN, "the 58 injuries we documented", opt=True)
r("203", "B:arrested/in-custody", "arrested", 12, "exact", RN, "the 12 persons still detained", opt=True)
# 204 forum thread, Wed 25 - Sat 28 Mar
r("204", "B:deployed-total", "deployed", 3000, "more_than", POL, "over 3,000 officers out", opt=True)
r("204", "B:participants/march-mar-26", "participants", 20000, "at_least", [], "I'd say 20k easily")
r("204", "B:participants/march-mar-26", "participants", 6500, "exact", POL, "6.500 según la Policía")
r("204", "B:participants/march-mar-26", "participants", 40000, "exact", MNC, "40 mil según los organizadores")
r("204", "B:participants/march-mar-26", "participants", 6500, "exact", POL, "6,500 according to the police", opt=True)
r("204", "B:participants/march-mar-26", "participants", 40000, "exact", MNC, "40 thousand according to the organizers", opt=True)
r("204", "B:arrested/poster-seen", "arrested", 5, "at_least", [], "I saw at least 5 people grabbed by cops")
r("204", "B:killed-total", "killed", 1, "exact", [], "one of the marchers died there tonight", opt=True)
r("204", "B:arrested/mar-26", "arrested", 27, "exact", MIN, "27 detenidos (arrested)")
r("204", "B:injured/officers", "injured", 14, "exact", MIN, "14 policías heridos", **OFF)
r("204", "B:arrested/mar-27", "arrested", 19, "exact", POL, "19 más detenidos esta mañana")
r("204", "B:arrested-total", "arrested", 46, "exact", POL, "46 en total desde el jueves")
r("204", "B:arrested/mar-27", "arrested", 19, "exact", POL, "So 19 this morning", opt=True)
r("204", "B:arrested-total", "arrested", 46, "exact", POL, "and 46 total", opt=True)
r("204", "B:killed-total", "killed", 0, "denial", MIN, "the minister says nobody died")
r("204", "B:participants/rally-mar-27", "participants", 1500, "approx", [], "Maybe 1,500 people outside")
r("204", "B:participants/rally-mar-27", "participants", 800, "exact", POL, "Police said 800 on TV")
r("204", "B:arrested-total", "arrested", 64, "exact", RN, "64 detained in the two days")
r("204", "B:arrested/mar-26", "arrested", 41, "exact", RN, "(41 Thursday")
r("204", "B:arrested/mar-27", "arrested", 23, "exact", RN, "23 Friday)")
r("204", "B:injured/protesters-total", "injured", 58, "exact", RN, "58 injured, and 12")
r("204", "B:arrested/in-custody", "arrested", 12, "exact", RN, "12 still locked up")
r("204", "B:arrested-total", "arrested", 46, "exact", POL, "64 vs the police's 46", opt=True)

with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
    for row in rows:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(rows), "rows")
