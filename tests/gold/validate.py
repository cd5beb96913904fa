import json, re, sys, os, unicodedata, datetime, collections
HERE=os.path.dirname(os.path.abspath(__file__))
# Validates dev.jsonl and dev-country.jsonl: JSON, fields, kinds, id forms, UTF-8 byte offsets, completeness of entity lists, coverage counts.
# ISO 3166-1 alpha-3 codes used, with surface keywords for a sanity check
ISO = {
 "AFG":"afghan kabul taliban","ARE":"emirat uae abu dhabi","ARG":"argentin buenos aires milei","ARM":"armenia","AUS":"australia canberra albanese",
 "AZE":"azerbaijan baku","BGD":"bangladesh dhaka","BRA":"brazil brasilia lula","CAN":"canad ottawa carney trudeau","CHL":"chile","CHN":"china chinese beijing xi zhongnanhai sino",
 "CMR":"cameroon","CZE":"prague czech","DEU":"german berlin merz franco-german chancellery","DNK":"danish denmark","DZA":"algeria algiers","EGY":"egypt cairo",
 "ESP":"spain spanish","ETH":"ethiopia addis","FIN":"finland","FRA":"france french elysee macron paris quai franco","GBR":"british uk downing london britain",
 "GHA":"ghana","GRC":"greek greece","IDN":"indonesia jakarta prabowo","IND":"india new delhi modi jaishankar south block delhi sino-indian","IRL":"irish",
 "IRN":"iran tehran","IRQ":"iraq baghdad","ISR":"israel","ITA":"ital","JPN":"japan tokyo","KEN":"kenya nairobi","KOR":"korea seoul","LAO":"lao",
 "LBN":"leban","LKA":"sri lanka","LTU":"lithuania vilnius","MAR":"morocc rabat","MEX":"mexic","MYS":"malaysia","NGA":"nigeria abuja tinubu","NOR":"norw",
 "PAK":"pakistan islamabad","PER":"peru","PHL":"philippin filipino manila","POL":"poland polish warsaw tusk","PRK":"north korea pyongyang kim","PRY":"paraguay",
 "QAT":"qatar","RWA":"rwanda kigali","RUS":"russia moscow kremlin putin sino-russian","SAU":"saudi riyadh","SEN":"senegal","SGP":"singapore","TUR":"turk ankara erdogan baku",
 "TZA":"tanzania","UGA":"uganda","PRT":"portug","NZL":"new zealand","UKR":"ukrain kyiv zelensky","USA":"u.s. us- -us american america united states washington white house trump","VNM":"vietnam hanoi",
 "ZAF":"south africa pretoria ramaphosa","SYR":"syria","PAN":"panama","NPL":"nepal","SDN":"sudan","HUN":"hungar","VEN":"venezuela","UZB":"uzbek",
}
ORGS = {"un","nato","eu","asean","brics","sco","imf","who","wto","opec","african-union","world-bank","arab-league","g20","quad","mercosur","hamas",
        "reuters","wef","european-commission","unsc"}
KINDS = {"person","role","country","demonym","place","organisation"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
def fold(s): return "".join(c for c in unicodedata.normalize("NFKD",s) if not unicodedata.combining(c)).lower()
errs=[]; warn=[]
def E(m): errs.append(m)
seen_ids=set()
stats={}
def check(path, country_only):
    st=collections.Counter(); ent_items=0
    for ln,line in enumerate(open(path,encoding="utf-8"),1):
        try: o=json.loads(line)
        except Exception as e: E(f"{path}:{ln} json {e}"); continue
        iid=o.get("id"); t=o.get("text")
        if not iid or not isinstance(t,str) or not t or "relations" not in o: E(f"{path}:{ln} missing field"); continue
        if iid in seen_ids: E(f"dup id {iid}")
        seen_ids.add(iid)
        extra=set(o)-{"id","text","date","relations","entities"}
        if extra: E(f"{iid} extra keys {extra}")
        if "date" in o:
            try: datetime.date.fromisoformat(o["date"])
            except Exception: E(f"{iid} bad date")
            st["dated"]+=1
        ft=fold(t)
        pairs=set()
        for r in o["relations"]:
            if r.get("kind") not in ("MEETING","COOPERATION"): E(f"{iid} bad kind")
            a,b=r.get("a"),r.get("b")
            if a==b: E(f"{iid} self pair {a}")
            key=(r["kind"],frozenset((a,b)))
            if key in pairs: E(f"{iid} duplicate pair {a} {b}")
            pairs.add(key)
            for x in (a,b):
                if re.fullmatch(r"[A-Z]{3}",x):
                    if x not in ISO: E(f"{iid} unknown ISO {x}")
                    elif not any(k in ft for k in ISO[x].split()): warn.append(f"{iid} no surface for {x}: {t}")
                else:
                    if country_only: E(f"{iid} non-country id {x} in country file")
                    if not SLUG.match(x): E(f"{iid} bad id {x}")
                    if x in ORGS: continue
                    toks=[w for w in x.split("-") if len(w)>=2]
                    if not any(re.search(r"\b"+re.escape(w)+r"\b", ft) for w in toks): E(f"{iid} person {x} not in text")
        kinds={r["kind"] for r in o["relations"]}
        if not kinds: st["negative"]+=1
        if "MEETING" in kinds: st["meeting"]+=1
        if "COOPERATION" in kinds: st["cooperation"]+=1
        if kinds=={"MEETING","COOPERATION"}: st["both"]+=1
        st["items"]+=1; st["MEETING pairs"]+=sum(r["kind"]=="MEETING" for r in o["relations"]); st["COOPERATION pairs"]+=sum(r["kind"]=="COOPERATION" for r in o["relations"])
        if "entities" in o:
            ent_items+=1; b=t.encode("utf-8"); spans=[]
            for en in o["entities"]:
                s,e,k,i=en.get("start"),en.get("end"),en.get("kind"),en.get("id")
                if k not in KINDS: E(f"{iid} bad entity kind {k}")
                if not (isinstance(s,int) and isinstance(e,int) and 0<=s<e<=len(b)): E(f"{iid} bad offsets"); continue
                try: surf=b[s:e].decode("utf-8")
                except UnicodeDecodeError: E(f"{iid} offsets split a character"); continue
                if surf!=surf.strip(): E(f"{iid} untrimmed span {surf!r}")
                if k in ("country","demonym"):
                    if i not in ISO: E(f"{iid} entity {surf} bad code {i}")
                elif k=="organisation":
                    if i not in ORGS: E(f"{iid} org {i} not in ORGS")
                elif not SLUG.match(i): E(f"{iid} bad entity id {i}")
                spans.append((s,e,surf))
            spans.sort()
            for x,y in zip(spans,spans[1:]):
                if y[0]<x[1]: E(f"{iid} overlapping spans {x} {y}")
            # completeness: every occurrence of an annotated surface is annotated (unless inside a longer span)
            for surf in {sp[2] for sp in spans}:
                sb=surf.encode("utf-8")
                for m in re.finditer(re.escape(sb), b):
                    st0,en0=m.start(),m.end()
                    if st0>0 and chr(b[st0-1]).isalnum() or en0<len(b) and chr(b[en0]).isalnum(): continue
                    if not any(s<=st0 and en0<=e for s,e,_ in spans): E(f"{iid} unannotated occurrence of {surf!r}")
    st["with entities"]=ent_items
    stats[path]=st
check(HERE+"/dev.jsonl", False)
check(HERE+"/dev-country.jsonl", True)
tot=collections.Counter()
for p,st in stats.items():
    print(p.split("/")[-1], dict(st)); tot.update(st)
print("TOTAL", dict(tot))
ok = tot["meeting"]>=110 and tot["cooperation"]>=110 and tot["negative"]>=110 and tot["items"]>=320 \
     and stats[HERE+"/dev.jsonl"]["items"]>=220 and stats[HERE+"/dev-country.jsonl"]["items"]>=90
print("coverage targets met:", ok)
for w in warn: print("WARN", w)
for e in errs: print("ERR", e)
print("errors:", len(errs))
sys.exit(1 if errs or not ok else 0)
