package dk.hoeringssvar.template;

/** Names of the bundled templates. A user template with the same name replaces the bundled one. */
public final class TemplateNames {

    /** The standard høringssvar: letterhead, recipient, date, title, reference, body, points, closing, signatures. */
    public static final String STATEMENT = "hoeringssvar.ftlx";

    /** The macros the statement template is built from; replace it to change single parts. */
    public static final String STATEMENT_MACROS = "lib/statement.ftlx";

    /** The cover and contents of an annex bundle (samlede høringssvar). */
    public static final String BUNDLE = "samlede-hoeringssvar.ftlx";

    /** The høringsnotat. */
    public static final String SUMMARY = "hoeringsnotat.ftlx";

    /** The front of a committee packet: item, recommendation, background, contents. */
    public static final String PACKET = "udvalgspakke.ftlx";

    /** The redaction log of a publication copy: what was removed, where, and what to check by eye. */
    public static final String REDACTION_LOG = "redaktionslog.ftlx";

    private TemplateNames() {
    }
}
