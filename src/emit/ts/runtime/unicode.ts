// Character's Unicode queries beyond the predicates in strings.ts: general category (getType),
// UnicodeBlock (JDK 17's block table), UnicodeScript (the JS engine's Script property), getName for
// the code points Unicode names by rule.
import { IllegalArgumentException, UnsupportedOperationException } from "./exceptions.js";
import { UNICODE_BLOCK_STARTS } from "./unicode-blocks.js";

function checkCodePoint(cp: number): void {
  if (cp < 0 || cp > 0x10ffff) throw new IllegalArgumentException(`Not a valid Unicode code point: 0x${(cp >>> 0).toString(16).toUpperCase()}`);
}

/** Character.getType's constants in the order of Java's table (0 is UNASSIGNED). */
const CATEGORIES: [RegExp, number][] = (
  [["Lu", 1], ["Ll", 2], ["Lt", 3], ["Lm", 4], ["Lo", 5], ["Mn", 6], ["Me", 7], ["Mc", 8], ["Nd", 9], ["Nl", 10], ["No", 11], ["Zs", 12], ["Zl", 13], ["Zp", 14],
   ["Cc", 15], ["Cf", 16], ["Co", 18], ["Cs", 19], ["Pd", 20], ["Ps", 21], ["Pe", 22], ["Pc", 23], ["Po", 24], ["Sm", 25], ["Sc", 26], ["Sk", 27], ["So", 28], ["Pi", 29], ["Pf", 30]] as const
).map(([gc, t]) => [new RegExp(`^\\p{gc=${gc}}$`, "u"), t]);

export function getType(cp: number): number {
  const s = String.fromCodePoint(cp);
  for (const [re, t] of CATEGORIES) if (re.test(s)) return t;
  return 0;
}

const RE_IDENT_START = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}]$/u;
const RE_IDENT_PART = /^[\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mn}\p{Mc}\p{Cf}]$/u;

/** Character.isJavaIdentifierStart: a letter, letter number, currency symbol or connector. */
export const isJavaIdentifierStart = (cp: number): boolean => RE_IDENT_START.test(String.fromCodePoint(cp));
/** Character.isJavaIdentifierPart: a start character, digit, mark or identifier-ignorable control. */
export function isJavaIdentifierPart(cp: number): boolean {
  const ignorable = cp <= 8 || (cp >= 0x0e && cp <= 0x1b) || (cp >= 0x7f && cp <= 0x9f);
  return ignorable || RE_IDENT_PART.test(String.fromCodePoint(cp));
}

/** Character.UnicodeBlock: one object per block (== works), printing its constant's name. */
export class UnicodeBlock {
  private static readonly byName = new Map<string, UnicodeBlock>();
  private static starts: { start: number; name: string }[] | undefined;
  private constructor(private readonly name: string) {}

  /** The constant `name` (UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS). */
  static named(name: string): UnicodeBlock {
    let b = UnicodeBlock.byName.get(name);
    if (!b) UnicodeBlock.byName.set(name, (b = new UnicodeBlock(name)));
    return b;
  }

  static of(cp: number): UnicodeBlock | null {
    checkCodePoint(cp);
    const starts = (UnicodeBlock.starts ??= UNICODE_BLOCK_STARTS.split(",").map((e) => {
      const [start, name] = e.split(":");
      return { start: parseInt(start!, 16), name: name! };
    }));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]!.start <= cp) lo = mid;
      else hi = mid - 1;
    }
    const name = starts[lo]!.name;
    return name ? UnicodeBlock.named(name) : null;
  }
  toString(): string {
    return this.name;
  }
}

/** Java's UnicodeScript constants (JDK 17). */
const SCRIPTS = [
  "COMMON,LATIN,GREEK,CYRILLIC,ARMENIAN,HEBREW,ARABIC,SYRIAC,THAANA,DEVANAGARI,BENGALI,GURMUKHI,GUJARATI,ORIYA,TAMIL,TELUGU,KANNADA,MALAYALAM,SINHALA,",
  "THAI,LAO,TIBETAN,MYANMAR,GEORGIAN,HANGUL,ETHIOPIC,CHEROKEE,CANADIAN_ABORIGINAL,OGHAM,RUNIC,KHMER,MONGOLIAN,HIRAGANA,KATAKANA,BOPOMOFO,HAN,YI,",
  "OLD_ITALIC,GOTHIC,DESERET,INHERITED,TAGALOG,HANUNOO,BUHID,TAGBANWA,LIMBU,TAI_LE,LINEAR_B,UGARITIC,SHAVIAN,OSMANYA,CYPRIOT,BRAILLE,BUGINESE,COPTIC,",
  "NEW_TAI_LUE,GLAGOLITIC,TIFINAGH,SYLOTI_NAGRI,OLD_PERSIAN,KHAROSHTHI,BALINESE,CUNEIFORM,PHOENICIAN,PHAGS_PA,NKO,SUNDANESE,BATAK,LEPCHA,OL_CHIKI,VAI,",
  "SAURASHTRA,KAYAH_LI,REJANG,LYCIAN,CARIAN,LYDIAN,CHAM,TAI_THAM,TAI_VIET,AVESTAN,EGYPTIAN_HIEROGLYPHS,SAMARITAN,MANDAIC,LISU,BAMUM,JAVANESE,",
  "MEETEI_MAYEK,IMPERIAL_ARAMAIC,OLD_SOUTH_ARABIAN,INSCRIPTIONAL_PARTHIAN,INSCRIPTIONAL_PAHLAVI,OLD_TURKIC,BRAHMI,KAITHI,MEROITIC_HIEROGLYPHS,",
  "MEROITIC_CURSIVE,SORA_SOMPENG,CHAKMA,SHARADA,TAKRI,MIAO,CAUCASIAN_ALBANIAN,BASSA_VAH,DUPLOYAN,ELBASAN,GRANTHA,PAHAWH_HMONG,KHOJKI,LINEAR_A,MAHAJANI,",
  "MANICHAEAN,MENDE_KIKAKUI,MODI,MRO,OLD_NORTH_ARABIAN,NABATAEAN,PALMYRENE,PAU_CIN_HAU,OLD_PERMIC,PSALTER_PAHLAVI,SIDDHAM,KHUDAWADI,TIRHUTA,WARANG_CITI,",
  "AHOM,ANATOLIAN_HIEROGLYPHS,HATRAN,MULTANI,OLD_HUNGARIAN,SIGNWRITING,ADLAM,BHAIKSUKI,MARCHEN,NEWA,OSAGE,TANGUT,MASARAM_GONDI,NUSHU,SOYOMBO,",
  "ZANABAZAR_SQUARE,HANIFI_ROHINGYA,OLD_SOGDIAN,SOGDIAN,DOGRA,GUNJALA_GONDI,MAKASAR,MEDEFAIDRIN,ELYMAIC,NANDINAGARI,NYIAKENG_PUACHUE_HMONG,WANCHO,YEZIDI,",
  "CHORASMIAN,DIVES_AKURU,KHITAN_SMALL_SCRIPT,UNKNOWN",
].join("");
let scriptTests: [string, RegExp][] | undefined;

/** Character.UnicodeScript: one object per constant (== works); of() asks the JS engine's `\p{Script=…}`. */
export class UnicodeScript {
  private static readonly byName = new Map<string, UnicodeScript>();
  private constructor(private readonly constant: string) {}

  /** The constant `name` (UnicodeScript.HAN). */
  static named(name: string): UnicodeScript {
    let s = UnicodeScript.byName.get(name);
    if (!s) UnicodeScript.byName.set(name, (s = new UnicodeScript(name)));
    return s;
  }
  static of(cp: number): UnicodeScript {
    checkCodePoint(cp);
    scriptTests ??= SCRIPTS.split(",").flatMap((name): [string, RegExp][] => {
      const js = name.toLowerCase().replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
      try {
        return [[name, new RegExp(`^\\p{Script=${js}}$`, "u")]];
      } catch {
        return []; // a script this engine's Unicode version does not know
      }
    });
    const s = String.fromCodePoint(cp);
    for (const [name, re] of scriptTests) if (re.test(s)) return UnicodeScript.named(name);
    return UnicodeScript.named("UNKNOWN");
  }
  name(): string {
    return this.constant;
  }
  toString(): string {
    return this.constant;
  }
}

const NAMED_BY_RULE = ["CJK_UNIFIED_IDEOGRAPHS", "HANGUL_SYLLABLES", "PRIVATE_USE_AREA", "SUPPLEMENTARY_PRIVATE_USE_AREA", "HIGH_SURROGATES", "LOW_SURROGATES", "HIGH_PRIVATE_USE_SURROGATES"];

/**
 * Character.getName for code points Unicode names by rule (CJK unified ideographs, private use,
 * surrogates): the block name and the hex code point; null when unassigned. Other names need the
 * Unicode name table, which the runtime does not bundle: asking for one throws.
 */
export function getName(cp: number): string | null {
  const b = UnicodeBlock.of(cp);
  if (b === null || getType(cp) === 0) return null;
  const block = b.toString();
  if (NAMED_BY_RULE.some((p) => block.startsWith(p))) return `${block.replaceAll("_", " ")} ${cp.toString(16).toUpperCase()}`;
  throw new UnsupportedOperationException(`java2x: Character.getName(U+${cp.toString(16).toUpperCase().padStart(4, "0")}) needs the Unicode name table, which the runtime does not bundle`);
}
