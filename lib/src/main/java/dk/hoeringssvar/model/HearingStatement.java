package dk.hoeringssvar.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Høringssvar: one answer to a hearing. Immutable and validated at construction; build one with
 * {@link #builder()}. Optional parts are null (single values) or empty (lists).
 *
 * @param senders              who answers; at least one
 * @param recipient            "Til Beskæftigelsesudvalget" is written from "Beskæftigelsesudvalget"; may be null
 * @param letterhead           organisation lines printed at the top
 * @param hearing              the proposal answered; may be null
 * @param title                the statement's title
 * @param date                 may be null
 * @param place                where it was signed, "Skibby"; may be null
 * @param position             the overall position; may be null
 * @param body                 the text
 * @param points               the remarks, summarised for the høringsnotat
 * @param closing              "Med venlig hilsen"; null uses the label
 * @param signatories          who signs
 * @param signatureArrangement side by side or stacked
 * @param meeting              the meeting that adopted it; may be null
 * @param annexes              annexes holding further statements
 */
public record HearingStatement(List<Sender> senders, String recipient, List<String> letterhead,
                               HearingReference hearing, String title, LocalDate date, String place,
                               Position position, List<BodyBlock> body, List<Point> points, String closing,
                               List<Signatory> signatories, SignatureArrangement signatureArrangement,
                               Meeting meeting, List<Annex> annexes) {

    public HearingStatement {
        senders = Checks.nonEmptyList(senders, "HearingStatement.senders");
        recipient = Checks.optional(recipient, "HearingStatement.recipient");
        letterhead = Checks.lines(letterhead, "HearingStatement.letterhead");
        title = Checks.required(title, "HearingStatement.title");
        place = Checks.optional(place, "HearingStatement.place");
        body = Checks.list(body, "HearingStatement.body");
        points = Checks.list(points, "HearingStatement.points");
        closing = Checks.optional(closing, "HearingStatement.closing");
        signatories = Checks.list(signatories, "HearingStatement.signatories");
        signatureArrangement = signatureArrangement == null ? SignatureArrangement.SIDE_BY_SIDE : signatureArrangement;
        annexes = Checks.list(annexes, "HearingStatement.annexes");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The senders' names joined as Danish prose: "A", "A og B", "A, B og C". */
    public String senderNames() {
        List<String> names = senders.stream().map(Sender::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }

    /** The distinct themes of the points, in order of first appearance. */
    public List<String> themes() {
        return points.stream().map(Point::theme).distinct().toList();
    }

    public static final class Builder {
        private final List<Sender> senders = new ArrayList<>();
        private String recipient;
        private final List<String> letterhead = new ArrayList<>();
        private HearingReference hearing;
        private String title;
        private LocalDate date;
        private String place;
        private Position position;
        private final List<BodyBlock> body = new ArrayList<>();
        private final List<Point> points = new ArrayList<>();
        private String closing;
        private final List<Signatory> signatories = new ArrayList<>();
        private SignatureArrangement signatureArrangement = SignatureArrangement.SIDE_BY_SIDE;
        private Meeting meeting;
        private final List<Annex> annexes = new ArrayList<>();

        private Builder() {
        }

        public Builder sender(Sender sender) {
            senders.add(sender);
            return this;
        }

        public Builder sender(String name, SenderKind kind) {
            return sender(Sender.of(name, kind));
        }

        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder letterhead(String... lines) {
            letterhead.addAll(Arrays.asList(lines));
            return this;
        }

        public Builder hearing(HearingReference hearing) {
            this.hearing = hearing;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder position(Position position) {
            this.position = position;
            return this;
        }

        public Builder body(BodyBlock... blocks) {
            body.addAll(Arrays.asList(blocks));
            return this;
        }

        public Builder heading(String text) {
            return heading(1, text);
        }

        /** A section (level 1) or subsection (level 2) heading. */
        public Builder heading(int level, String text) {
            return body(new BodyBlock.Heading(level, text));
        }

        public Builder paragraph(String text) {
            return body(BodyBlock.Paragraph.of(text));
        }

        public Builder point(String text, Stance stance, String theme) {
            return point(new Point(text, stance, theme, null));
        }

        /** A point tied to a place in the proposal, "side 9" or "§ 3, stk. 7". */
        public Builder point(String text, Stance stance, String theme, String reference) {
            return point(new Point(text, stance, theme, reference));
        }

        public Builder point(Point point) {
            points.add(point);
            return this;
        }

        public Builder closing(String closing) {
            this.closing = closing;
            return this;
        }

        public Builder signatory(String name, String role) {
            return signatory(new Signatory(name, role));
        }

        public Builder signatory(Signatory signatory) {
            signatories.add(signatory);
            return this;
        }

        public Builder signatureArrangement(SignatureArrangement arrangement) {
            this.signatureArrangement = arrangement;
            return this;
        }

        public Builder meeting(Meeting meeting) {
            this.meeting = meeting;
            return this;
        }

        public Builder annex(Annex annex) {
            annexes.add(annex);
            return this;
        }

        public HearingStatement build() {
            return new HearingStatement(senders, recipient, letterhead, hearing, title, date, place, position,
                    body, points, closing, signatories, signatureArrangement, meeting, annexes);
        }
    }
}
