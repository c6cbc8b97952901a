package dk.hoeringssvar.model;

/** What kind of party sent a statement; bundles count statements by kind. */
public enum SenderKind {
    /** A MED committee (HovedMED, CenterMED, FagMED) or another employee body. */
    EMPLOYEE_COMMITTEE,
    /** A management group (ledergruppe, skoleledelse). */
    MANAGEMENT,
    /** A trade union. */
    UNION,
    /** An unemployment insurance fund (a-kasse). */
    UNEMPLOYMENT_FUND,
    /** An association or interest organisation. */
    ASSOCIATION,
    /** A company. */
    COMPANY,
    /** A public authority (municipality, region, agency, council). */
    PUBLIC_AUTHORITY,
    /** A private person. */
    CITIZEN,
    OTHER
}
