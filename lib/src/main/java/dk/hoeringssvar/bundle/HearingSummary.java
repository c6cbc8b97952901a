package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Høringsnotat: who was consulted and who answered, every point grouped by theme with its sender and
 * stance, the administration's comment to each, and the changes the hearing leads to. Built from a
 * bundle with {@link #from(AnnexBundle)}; comments come back from the XLSX worksheet or JSON.
 *
 * @param hearing   the hearing
 * @param responses one per consulted party, then any sender who answered without being consulted
 * @param points    every point of every statement, in annex order
 * @param changes   the closing section: what changes as a result; may be null until written
 */
public record HearingSummary(Hearing hearing, List<PartyResponse> responses, List<SummaryPoint> points,
                             String changes) {

    public HearingSummary {
        if (hearing == null) {
            throw new InvalidModelException("HearingSummary.hearing", "is required");
        }
        responses = Texts.list(responses, "HearingSummary.responses");
        points = Texts.list(points, "HearingSummary.points");
        changes = Texts.optional(changes, "HearingSummary.changes");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (SummaryPoint p : points) {
            if (!ids.add(p.id())) {
                throw new InvalidModelException("HearingSummary.points", "id " + p.id() + " appears twice");
            }
        }
    }

    /** The summary of a bundle: its statements' points (annexed statements' too), no comments yet. */
    public static HearingSummary from(AnnexBundle bundle) {
        List<SummaryPoint> points = new ArrayList<>();
        Map<String, PartyResponse> answered = new LinkedHashMap<>();
        for (int i = 0; i < bundle.items().size(); i++) {
            BundleItem item = bundle.items().get(i);
            String annex = AnnexBundle.annexNumber(i);
            boolean remarks = true;
            if (item instanceof BundleItem.Statement s) {
                collect(s.statement(), annex, points);
                remarks = s.statement().position() != Position.NO_REMARKS;
            }
            answered.putIfAbsent(key(item.sender().name()), new PartyResponse(item.sender().name(),
                    remarks ? PartyResponse.Response.WITH_REMARKS : PartyResponse.Response.NO_REMARKS, annex));
        }
        List<PartyResponse> responses = new ArrayList<>();
        for (String party : bundle.hearing().consultedParties()) {
            PartyResponse answer = answered.remove(key(party));
            responses.add(answer != null ? new PartyResponse(party, answer.response(), answer.annex())
                    : new PartyResponse(party, PartyResponse.Response.NO_ANSWER, null));
        }
        responses.addAll(answered.values());
        return new HearingSummary(bundle.hearing(), responses, points, null);
    }

    private static void collect(HearingStatement statement, String annex, List<SummaryPoint> points) {
        List<Point> own = statement.points();
        for (int n = 0; n < own.size(); n++) {
            Point p = own.get(n);
            points.add(new SummaryPoint(annex + "-" + (n + 1), annex, statement.senderNames(), p.theme(), p.stance(),
                    p.text(), p.reference(), null));
        }
        // Numbered as the statement template labels them: one annex holds "2.1, 2.2 …", several "2.1.1 …".
        boolean single = statement.annexes().size() == 1;
        for (int a = 0; a < statement.annexes().size(); a++) {
            Annex inner = statement.annexes().get(a);
            String group = single ? annex : annex + "." + (a + 1);
            for (int s = 0; s < inner.statements().size(); s++) {
                collect(inner.statements().get(s), group + "." + (s + 1), points);
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The same summary with comments set by point id; an unknown id is an error naming it. */
    public HearingSummary withComments(Map<String, String> comments) {
        Map<String, String> remaining = new LinkedHashMap<>(comments);
        List<SummaryPoint> updated = new ArrayList<>();
        for (SummaryPoint p : points) {
            updated.add(remaining.containsKey(p.id()) ? p.withComment(remaining.remove(p.id())) : p);
        }
        if (!remaining.isEmpty()) {
            throw new InvalidModelException("HearingSummary.comments", "no point with id "
                    + String.join(", ", remaining.keySet()));
        }
        return new HearingSummary(hearing, responses, updated, changes);
    }

    public HearingSummary withChanges(String newChanges) {
        return new HearingSummary(hearing, responses, points, newChanges);
    }

    /** The themes in order of first appearance. */
    public List<String> themes() {
        return points.stream().map(SummaryPoint::theme).distinct().toList();
    }

    /** The points on one theme. */
    public List<SummaryPoint> pointsOn(String theme) {
        return points.stream().filter(p -> p.theme().equals(theme)).toList();
    }

    /** How many points on {@code theme} take {@code stance}. */
    public int count(String theme, Stance stance) {
        return (int) points.stream().filter(p -> p.theme().equals(theme) && p.stance() == stance).count();
    }

    /** The stances that occur, in enum order. */
    public List<Stance> stances() {
        return java.util.Arrays.stream(Stance.values())
                .filter(s -> points.stream().anyMatch(p -> p.stance() == s)).toList();
    }
}
