package dk.hoeringssvar.template;

/** Names of the bundled templates. A user template with the same name replaces the bundled one. */
public final class TemplateNames {

    /** The standard høringssvar: letterhead, recipient, date, title, reference, body, points, closing, signatures. */
    public static final String STATEMENT = "hoeringssvar.ftlx";

    /** The macros the statement template is built from; replace it to change single parts. */
    public static final String STATEMENT_MACROS = "lib/statement.ftlx";

    private TemplateNames() {
    }
}
