package dk.hoeringssvar.importer;

import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the stance of a remark from Danish cues, and a statement's overall position. Negated and
 * stronger phrases are matched first and hide the weaker cues inside them ("ikke enig" is opposition,
 * not agreement). Confidence grows with the weight of the cues for the winner and falls with the
 * weight of cues for the others.
 */
final class StanceGuesser {

    /** A guess: the stance, its confidence 0..1 and the cues that decided it. */
    record Guess(Stance stance, double confidence, List<String> cues) {
    }

    /** An overall position with its confidence, or none. */
    record PositionGuess(Position position, double confidence, String why) {
    }

    private record Cue(Pattern pattern, Stance stance, double weight) {
    }

    private static final List<Cue> CUES = List.of(
            // opposition and negations first: they hide the support words inside them
            cue("kan ikke (?:anbefale|støtte|bakke op|tilslutte|gå ind for)", Stance.OPPOSITION, 1.3),
            cue("(?:bakker|bakke) ikke op", Stance.OPPOSITION, 1.2),
            cue("støtter ikke", Stance.OPPOSITION, 1.2),
            cue("ikke enig(?:e)?", Stance.OPPOSITION, 1.0),
            cue("ikke tilfreds", Stance.CONCERN, 0.9),
            cue("(?:er|står|går) imod|imod (?:forslaget|planen|at)", Stance.OPPOSITION, 1.1),
            cue("afviser", Stance.OPPOSITION, 1.0),
            cue("uenig(?:e)?", Stance.OPPOSITION, 1.0),
            cue("modsætter", Stance.OPPOSITION, 1.0),
            cue("frarå(?:der|des)", Stance.OPPOSITION, 1.0),
            cue("protesterer", Stance.OPPOSITION, 1.0),
            // concern
            cue("bekymr\\p{L}*", Stance.CONCERN, 1.0),
            cue("usikkerhed\\p{L}*", Stance.CONCERN, 0.8),
            cue("risiko\\p{L}*|risikerer", Stance.CONCERN, 0.8),
            cue("nervøs\\p{L}*", Stance.CONCERN, 0.8),
            cue("skuffe\\p{L}*", Stance.CONCERN, 0.8),
            cue("utilfreds\\p{L}*", Stance.CONCERN, 0.8),
            cue("undrer", Stance.CONCERN, 0.6),
            cue("sårbar\\p{L}*", Stance.CONCERN, 0.6),
            cue("for kort", Stance.CONCERN, 0.6),
            cue("desværre", Stance.CONCERN, 0.5),
            cue("mangler|manglende", Stance.CONCERN, 0.5),
            cue("ærgerligt|uheldigt|problematisk", Stance.CONCERN, 0.7),
            // proposal
            cue("foreslår", Stance.PROPOSAL, 1.0),
            cue("opfordr\\p{L}*", Stance.PROPOSAL, 1.0),
            cue("anbefaler", Stance.PROPOSAL, 0.9),
            cue("henstiller", Stance.PROPOSAL, 1.0),
            cue("ser gerne|vil gerne", Stance.PROPOSAL, 0.6),
            cue("ønsker", Stance.PROPOSAL, 0.8),
            cue("bør", Stance.PROPOSAL, 0.8),
            cue("behov for", Stance.PROPOSAL, 0.5),
            // support
            cue("bakker (?:\\p{L}+ ){0,3}op", Stance.SUPPORT, 1.0),
            cue("opbakning", Stance.SUPPORT, 1.0),
            cue("støtter", Stance.SUPPORT, 1.0),
            cue("tilslutter", Stance.SUPPORT, 1.0),
            cue("bifalder", Stance.SUPPORT, 1.0),
            cue("kvittere\\p{L}*", Stance.SUPPORT, 0.7),
            cue("positiv\\p{L}*", Stance.SUPPORT, 0.7),
            cue("tilfreds\\p{L}*", Stance.SUPPORT, 0.7),
            cue("enig(?:e)?", Stance.SUPPORT, 0.7),
            cue("glade? for|glæder os", Stance.SUPPORT, 0.7),
            cue("god(?:t)? idé|godt tænkt|god prioritering|velkommen", Stance.SUPPORT, 0.7),
            cue("hensigtsmæssigt", Stance.SUPPORT, 0.5),
            cue("godt|gode", Stance.SUPPORT, 0.3),
            // question (the question mark is weighed separately)
            cue("hvorfor", Stance.QUESTION, 0.8),
            cue("hvordan", Stance.QUESTION, 0.6),
            cue("spørgsmål", Stance.QUESTION, 0.4));

    private static final Pattern NO_REMARKS = Pattern.compile(
            "(?iu)\\b(?:ingen|ikke) (?:yderligere |flere |andre )?(?:bemærkninger|kommentarer)\\b");
    private static final Pattern SUPPORT_WITH_REMARKS = Pattern.compile(
            "(?iu)(?:bakker op om (?:hoved)?linjerne|bakker\\s+\\p{L}*\\s*op om hovedlinjerne|med (?:de )?(?:ovenstående|disse|ovennævnte) bemærkninger)");

    private StanceGuesser() {
    }

    private static Cue cue(String regex, Stance stance, double weight) {
        return new Cue(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])"), stance, weight);
    }

    static Guess guess(String text) {
        Map<Stance, Double> score = new EnumMap<>(Stance.class);
        List<String> cues = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                if (overlaps(used, m.start(), m.end())) {
                    continue;
                }
                for (int k = m.start(); k < m.end(); k++) {
                    used[k] = true;
                }
                score.merge(cue.stance(), cue.weight(), Double::sum);
                cues.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        if (text.strip().endsWith("?")) {
            score.merge(Stance.QUESTION, 1.5, Double::sum);
            cues.add("?");
        }
        if (score.isEmpty()) {
            return new Guess(Stance.REMARK, 0.3, List.of());
        }
        Stance best = null;
        double total = 0;
        for (Map.Entry<Stance, Double> e : score.entrySet()) {
            total += e.getValue();
            if (best == null || e.getValue() > score.get(best)) {
                best = e.getKey();
            }
        }
        double top = score.get(best);
        double confidence = (1 - Math.exp(-1.2 * top)) * (top / total);
        return new Guess(best, round(Math.max(0.05, Math.min(0.95, confidence))), cues);
    }

    /**
     * The overall position: "ingen bemærkninger" with nothing else is no remarks; "bakker op om
     * hovedlinjerne" or "med de ovenstående bemærkninger" is support with remarks; otherwise the
     * weight of the stances of all remarks decides.
     */
    static PositionGuess position(String wholeText, List<Guess> guesses) {
        double support = 0;
        double concern = 0;
        double opposition = 0;
        double other = 0;
        for (Guess g : guesses) {
            switch (g.stance()) {
                case SUPPORT -> support += g.confidence();
                case CONCERN -> concern += g.confidence();
                case OPPOSITION -> opposition += g.confidence();
                case PROPOSAL, QUESTION -> other += g.confidence();
                case REMARK -> { }
            }
        }
        if (SUPPORT_WITH_REMARKS.matcher(wholeText).find()) {
            return new PositionGuess(Position.SUPPORT_WITH_REMARKS, 0.85, "closing words of support with remarks");
        }
        if (NO_REMARKS.matcher(wholeText).find() && concern + opposition + other < 0.5 && support < 1.5) {
            return new PositionGuess(Position.NO_REMARKS, 0.8, "\"ingen bemærkninger\"");
        }
        double total = support + concern + opposition + other;
        if (total < 0.3) {
            return null;
        }
        if (opposition > support && opposition >= concern) {
            return new PositionGuess(Position.OPPOSITION, round(Math.min(0.9, opposition / total)), "remarks mostly oppose");
        }
        if (concern > support) {
            return new PositionGuess(Position.CONCERN, round(Math.min(0.9, concern / total)), "remarks mostly voice concern");
        }
        if (support > 0 && concern + opposition + other < 0.2) {
            return new PositionGuess(Position.SUPPORT, round(Math.min(0.9, support / total)), "remarks support the proposal");
        }
        if (support > 0) {
            return new PositionGuess(Position.SUPPORT_WITH_REMARKS, round(Math.min(0.8, 0.4 + support / total / 2)),
                    "support together with concerns or proposals");
        }
        return null;
    }

    private static boolean overlaps(boolean[] used, int start, int end) {
        for (int k = start; k < end; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
