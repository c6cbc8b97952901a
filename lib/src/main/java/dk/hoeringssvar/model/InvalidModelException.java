package dk.hoeringssvar.model;

import dk.hoeringssvar.HoeringssvarException;

/** A model value was rejected at construction. {@link #field()} names the offending field. */
public final class InvalidModelException extends HoeringssvarException {

    private final String field;
    private final String problem;

    public InvalidModelException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong, without the field: {@code must not be blank}. */
    public String problem() {
        return problem;
    }

    /** The field that was rejected, for example {@code HearingStatement.title}. */
    public String field() {
        return field;
    }
}
