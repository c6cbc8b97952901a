package dk.hoeringssvar.publish;

import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.SenderKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a publication copy removes, and what it keeps. Immutable and thread-safe.
 *
 * <p>{@link #danish()} is the convention of Danish municipal hearing portals: every kind of
 * {@link PersonalData} is removed and replaced by a visible mark ("[fjernet]"); a private sender (a
 * {@link SenderKind#CITIZEN citizen}) is shown with name, postal code and city only; an organisation's
 * sender details (address, letterhead) stay. Start from it with {@link #builder()} to add rules of your
 * own (patterns, names), exceptions (text that is never removed: the authority's own switchboard
 * number, say) or to leave a kind out.
 *
 * <pre>{@code
 * PublicationPolicy policy = PublicationPolicy.builder()
 *         .removeNames("Jens Hansen")
 *         .remove("sagsakt", "SA-\\d{6}")
 *         .keep("70 10 20 30")
 *         .build();
 * }</pre>
 */
public final class PublicationPolicy {

    private final Set<PersonalData> kinds;
    private final Map<String, Pattern> patterns;
    private final List<String> names;
    private final List<String> keptTexts;
    private final List<Pattern> keptPatterns;
    private final Set<SenderKind> privateSenders;
    private final String mark;
    private final boolean strict;

    private PublicationPolicy(Builder b) {
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(b.kinds));
        this.patterns = Collections.unmodifiableMap(new LinkedHashMap<>(b.patterns));
        this.names = List.copyOf(b.names);
        this.keptTexts = List.copyOf(b.keptTexts);
        this.keptPatterns = List.copyOf(b.keptPatterns);
        this.privateSenders = Collections.unmodifiableSet(EnumSet.copyOf(b.privateSenders));
        this.mark = b.mark;
        this.strict = b.strict;
    }

    /** Every kind of personal data removed, citizens private, the label's mark, not strict. */
    public static PublicationPolicy danish() {
        return builder().build();
    }

    /** A builder that starts from {@link #danish()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The kinds of personal data removed. */
    public Set<PersonalData> kinds() {
        return kinds;
    }

    /** The user's own rules: rule name → pattern. */
    public Map<String, Pattern> patterns() {
        return patterns;
    }

    /** Names (or any text) always removed, matched as whole words, ignoring case. */
    public List<String> names() {
        return names;
    }

    /** Text never removed, even where a rule matches inside it. */
    public List<String> keptTexts() {
        return keptTexts;
    }

    /** Patterns whose matches are never removed. */
    public List<Pattern> keptPatterns() {
        return keptPatterns;
    }

    /** Sender kinds whose statements are private: street addresses removed, letterhead searched. */
    public Set<SenderKind> privateSenders() {
        return privateSenders;
    }

    public boolean isPrivate(SenderKind kind) {
        return privateSenders.contains(kind);
    }

    /** The mark put where text was removed; null uses the engine's label ("[fjernet]" in Danish). */
    public String mark() {
        return mark;
    }

    /**
     * Whether a received file that cannot be cleaned safely fails the publication copy. When not strict,
     * the file is left out of the copy and a page in its place says so by name.
     */
    public boolean strict() {
        return strict;
    }

    /** The same policy, strict or not. */
    public PublicationPolicy withStrict(boolean strict) {
        if (strict == this.strict) {
            return this;
        }
        Builder b = new Builder();
        b.kinds.retainAll(kinds);
        b.patterns.putAll(patterns);
        b.names.addAll(names);
        b.keptTexts.addAll(keptTexts);
        b.keptPatterns.addAll(keptPatterns);
        b.privateSenders.clear();
        b.privateSenders.addAll(privateSenders);
        b.mark = mark;
        b.strict = strict;
        return b.build();
    }

    public static final class Builder {
        private final EnumSet<PersonalData> kinds = EnumSet.allOf(PersonalData.class);
        private final Map<String, Pattern> patterns = new LinkedHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> keptTexts = new ArrayList<>();
        private final List<Pattern> keptPatterns = new ArrayList<>();
        private final EnumSet<SenderKind> privateSenders = EnumSet.of(SenderKind.CITIZEN);
        private String mark;
        private boolean strict;

        private Builder() {
        }

        /** Leaves kinds of personal data in place. */
        public Builder without(PersonalData... leftIn) {
            for (PersonalData kind : leftIn) {
                kinds.remove(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * Adds a rule: every match of {@code regex} (Java syntax) is removed, logged under {@code rule}.
         *
         * @throws InvalidModelException naming the rule if the pattern does not compile or matches the
         *                               empty string
         */
        public Builder remove(String rule, String regex) {
            String field = "PublicationPolicy.remove[" + rule + "]";
            if (rule == null || rule.isBlank()) {
                throw new InvalidModelException("PublicationPolicy.remove", "a rule needs a name");
            }
            Pattern pattern = compile(regex, field);
            if (pattern.matcher("").matches()) {
                throw new InvalidModelException(field, "the pattern matches empty text");
            }
            patterns.put(rule.strip(), pattern);
            return this;
        }

        /** Names (or other text) removed wherever they occur as whole words, ignoring case; rule "navn". */
        public Builder removeNames(String... texts) {
            for (String text : texts) {
                names.add(nonBlank(text, "PublicationPolicy.removeNames"));
            }
            return this;
        }

        /** Text never removed, even where a rule matches inside it (exact, ignoring case). */
        public Builder keep(String... texts) {
            for (String text : texts) {
                keptTexts.add(nonBlank(text, "PublicationPolicy.keep"));
            }
            return this;
        }

        /** A pattern whose matches are never removed. */
        public Builder keepPattern(String regex) {
            keptPatterns.add(compile(regex, "PublicationPolicy.keepPattern"));
            return this;
        }

        /** The sender kinds treated as private persons; default {@link SenderKind#CITIZEN}. */
        public Builder privateSenders(SenderKind... kinds) {
            privateSenders.clear();
            for (SenderKind kind : kinds) {
                privateSenders.add(Objects.requireNonNull(kind, "kind"));
            }
            return this;
        }

        /** The mark put where text was removed; default the label "[fjernet]" (English "[removed]"). */
        public Builder mark(String mark) {
            this.mark = nonBlank(mark, "PublicationPolicy.mark");
            return this;
        }

        /** Fail, naming the file, when a received file cannot be cleaned safely. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public PublicationPolicy build() {
            return new PublicationPolicy(this);
        }

        private static Pattern compile(String regex, String field) {
            if (regex == null || regex.isEmpty()) {
                throw new InvalidModelException(field, "needs a pattern");
            }
            try {
                return Pattern.compile(regex, Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new InvalidModelException(field, "not a valid pattern: " + e.getDescription());
            }
        }

        private static String nonBlank(String text, String field) {
            if (text == null || text.isBlank()) {
                throw new InvalidModelException(field, "must not be blank");
            }
            return text.strip();
        }
    }
}
