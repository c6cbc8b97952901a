package dk.hoeringssvar.importer;

/** What a single line looks like on its own; {@link StatementAssembler} decides in context what it is. */
enum LineKind {
    BLANK,
    /** "• …", " …", "- …", "* …". */
    BULLET,
    /** "1. …", "2) …", "a) …". */
    NUMBERED,
    /** A remark tied to a provision: "Til § 3, stk. 7: …", "Ad § 1". */
    PROVISION,
    /** "Med venlig hilsen", "Venlig hilsen", "Mvh". */
    CLOSING,
    /** A line that is only a date, perhaps with place: "Skibby, den 23. september 2014". */
    DATE,
    /** "Til BSU", "TIL HOVED-MED", or "Til" alone above an address. */
    RECIPIENT,
    /** "Fra: …", "Til: …", "Emne: …", "Sendt: …", "Cc: …". */
    MAIL_HEADER,
    /** "Sagsnr. …", "J.nr. …", "Deres ref. …". */
    REFERENCE,
    /** "Bilag: …", "Bilag 2", "BILAG". */
    ANNEX,
    /** A statement's title: "Høringssvar vedr. …", "SVAR PÅ HØRING AF …", "CAB - Høringssvar …". */
    TITLE,
    /** The first line of a meeting block: "Mødedato …". */
    MEETING_START,
    /** "_ _ _ _", "-----". */
    RULE,
    /** Introduces quoted minutes: "Referatet fra FagMED den 3. marts 2023:". */
    QUOTE_INTRO,
    /** Only signatory roles, one per column: "Formand     Næstformand". */
    ROLES,
    TEXT
}
