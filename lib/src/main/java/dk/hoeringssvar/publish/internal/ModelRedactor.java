package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.CommitteePacket;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.PartyResponse;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.bundle.SummaryPoint;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.model.Address;
import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.Signatory;
import dk.hoeringssvar.publish.PersonalData;
import dk.hoeringssvar.publish.PublicationCopy;
import dk.hoeringssvar.publish.PublicationException;
import dk.hoeringssvar.publish.PublicationPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes publication copies of the model: every text field searched with the policy's rules, private
 * senders' street addresses dropped, received files cleaned or, when that cannot be done safely,
 * left out with a page that says so (or, strict, an error naming the file). Immutable and thread-safe;
 * each copy gathers its own log.
 *
 * <p>What is searched: every free text of a statement (title, recipient, place, body, points, closing,
 * signatories, meeting, annexes and their statements, a private sender's letterhead), the sender names,
 * received files' names and titles and their text, the summary's points, comments and changes, and the
 * packet's recommendation and background. What is left as it is: the hearing (the authority's own
 * data: title, case number, consulted parties), an organisation's address and letterhead, dates, and
 * images, which are listed in the log to be checked by eye.
 */
public final class ModelRedactor {

    private final PublicationPolicy policy;
    private final Labels labels;
    private final String mark;
    private final Map<ReceivedDocument.Format, FileCleaner> cleaners;

    public ModelRedactor(PublicationPolicy policy, Labels labels) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.mark = policy.mark() != null ? policy.mark() : labels.get("publish.mark");
        this.cleaners = Map.of(ReceivedDocument.Format.PDF, new PdfCleaner(mark),
                ReceivedDocument.Format.DOCX, new DocxCleaner(mark));
    }

    public PublicationCopy<HearingStatement> copy(HearingStatement statement) {
        Run run = new Run();
        run.log.document(statement.title());
        HearingStatement copy = run.statement(statement, "");
        return new PublicationCopy<>(copy, run.log.log(statement.title()));
    }

    public PublicationCopy<AnnexBundle> copy(AnnexBundle bundle) {
        Run run = new Run();
        AnnexBundle copy = run.bundle(bundle);
        return new PublicationCopy<>(copy, run.log.log(bundle.hearing().title()));
    }

    /** A summary on its own: its points are searched as an organisation's text (no street rule). */
    public PublicationCopy<HearingSummary> copy(HearingSummary summary) {
        Run run = new Run();
        HearingSummary copy = run.summary(summary);
        return new PublicationCopy<>(copy, run.log.log(summary.hearing().title()));
    }

    public PublicationCopy<CommitteePacket> copy(CommitteePacket packet) {
        Run run = new Run();
        AnnexBundle bundle = run.bundle(packet.bundle());
        HearingSummary summary = run.summary(packet.summary());
        TextFinder general = TextFinder.general(policy);
        run.log.document(packet.itemTitle());
        CommitteePacket copy = new CommitteePacket(packet.committee(), packet.meetingDate(), packet.itemNumber(),
                run.text.text(general, packet.itemTitle(), "itemTitle"), packet.caseNumber(),
                run.text.lines(general, packet.recommendation(), "recommendation"),
                run.blocks(general, packet.background(), "background"), summary, bundle);
        return new PublicationCopy<>(copy, run.log.log(packet.itemTitle()));
    }

    /** One copy's state: its log, and the finder of each sender met, for the summary's points. */
    private final class Run {
        final LogCollector log = new LogCollector();
        final TextRedaction text = new TextRedaction(mark, log);
        final Map<String, TextFinder> findersBySender = new HashMap<>();

        AnnexBundle bundle(AnnexBundle bundle) {
            List<BundleItem> items = new ArrayList<>();
            for (int i = 0; i < bundle.items().size(); i++) {
                BundleItem item = bundle.items().get(i);
                log.document(labels.get("annex") + " " + AnnexBundle.annexNumber(i) + " · " + item.title());
                items.add(switch (item) {
                    case BundleItem.Statement s -> new BundleItem.Statement(statement(s.statement(), ""));
                    case BundleItem.Received r -> received(r.document());
                });
            }
            return new AnnexBundle(bundle.hearing(), items);
        }

        /** A statement's fields, searched in the order the template prints them, so the log reads in order. */
        HearingStatement statement(HearingStatement s, String path) {
            TextFinder finder = finderFor(s.senders());
            TextFinder general = TextFinder.general(policy);
            findersBySender.putIfAbsent(s.senderNames(), finder);
            List<Sender> senders = new ArrayList<>();
            for (int i = 0; i < s.senders().size(); i++) {
                senders.add(sender(s.senders().get(i), path + "senders[" + i + "]"));
            }
            List<String> letterhead = finder.isPrivate()
                    ? text.lines(finder, s.letterhead(), path + "letterhead") : s.letterhead();
            String recipient = text.text(general, s.recipient(), path + "recipient");
            String title = text.text(finder, s.title(), path + "title");
            String place = text.text(finder, s.place(), path + "place");
            List<BodyBlock> body = blocks(finder, s.body(), path + "body");
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < s.points().size(); i++) {
                Point p = s.points().get(i);
                String at = path + "points[" + i + "]";
                points.add(new Point(text.text(finder, p.text(), at + ".text"), p.stance(),
                        text.text(finder, p.theme(), at + ".theme"), text.text(finder, p.reference(), at + ".reference")));
            }
            String closing = text.text(finder, s.closing(), path + "closing");
            List<Signatory> signatories = new ArrayList<>();
            for (int i = 0; i < s.signatories().size(); i++) {
                Signatory g = s.signatories().get(i);
                String at = path + "signatories[" + i + "]";
                signatories.add(new Signatory(text.text(finder, g.name(), at + ".name"),
                        text.text(finder, g.role(), at + ".role")));
            }
            Meeting meeting = meeting(finder, s.meeting(), path + "meeting");
            List<Annex> annexes = new ArrayList<>();
            for (int a = 0; a < s.annexes().size(); a++) {
                Annex annex = s.annexes().get(a);
                String at = path + "annexes[" + a + "]";
                String annexTitle = text.text(finder, annex.title(), at + ".title");
                List<BodyBlock> annexBody = blocks(finder, annex.body(), at + ".body");
                List<HearingStatement> inner = new ArrayList<>();
                for (int i = 0; i < annex.statements().size(); i++) {
                    inner.add(statement(annex.statements().get(i), at + ".statements[" + i + "]."));
                }
                annexes.add(new Annex(annexTitle, annexBody, inner));
            }
            return new HearingStatement(senders, recipient, letterhead, s.hearing(), title, s.date(), place,
                    s.position(), body, points, closing, signatories, s.signatureArrangement(), meeting, annexes);
        }

        private TextFinder finderFor(List<Sender> senders) {
            List<String> streets = senders.stream()
                    .filter(x -> policy.isPrivate(x.kind()) && x.address() != null && x.address().street() != null)
                    .map(x -> x.address().street()).toList();
            boolean privateSender = senders.stream().anyMatch(x -> policy.isPrivate(x.kind()));
            return privateSender ? TextFinder.privateSender(policy, streets) : TextFinder.general(policy);
        }

        /** A private sender keeps name, postal code and city; an organisation keeps its details. */
        Sender sender(Sender sender, String path) {
            TextFinder general = TextFinder.general(policy);
            String name = text.text(general, sender.name(), path + ".name");
            Address address = sender.address();
            if (address != null && policy.isPrivate(sender.kind())
                    && policy.kinds().contains(PersonalData.STREET_ADDRESS) && address.street() != null) {
                log.removed(path + ".address.street", PersonalData.STREET_ADDRESS.ruleName(), address.street());
                address = new Address(null, address.postalCode(), address.city());
            }
            return new Sender(name, sender.kind(), address);
        }

        Meeting meeting(TextFinder finder, Meeting m, String path) {
            if (m == null) {
                return null;
            }
            List<ParticipantGroup> groups = new ArrayList<>();
            for (int i = 0; i < m.participants().size(); i++) {
                ParticipantGroup g = m.participants().get(i);
                String at = path + ".participants[" + i + "]";
                groups.add(new ParticipantGroup(text.text(finder, g.side(), at + ".side"),
                        text.lines(finder, g.names(), at + ".names")));
            }
            return new Meeting(m.date(), m.startTime(), m.endTime(), text.text(finder, m.place(), path + ".place"),
                    groups, text.lines(finder, m.apologies(), path + ".apologies"),
                    text.text(finder, m.chair(), path + ".chair"), text.text(finder, m.minuteTaker(), path + ".minuteTaker"));
        }

        List<BodyBlock> blocks(TextFinder finder, List<BodyBlock> body, String path) {
            List<BodyBlock> out = new ArrayList<>(body.size());
            for (int i = 0; i < body.size(); i++) {
                out.add(block(finder, body.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        private BodyBlock block(TextFinder f, BodyBlock block, String at) {
            return switch (block) {
                case BodyBlock.Heading h -> new BodyBlock.Heading(h.level(), text.text(f, h.text(), at));
                case BodyBlock.Paragraph p -> new BodyBlock.Paragraph(text.rich(f, p.text(), at));
                case BodyBlock.BulletList l -> new BodyBlock.BulletList(text.richList(f, l.items(), at + ".items"));
                case BodyBlock.NumberedList l -> new BodyBlock.NumberedList(l.start(),
                        text.richList(f, l.items(), at + ".items"));
                case BodyBlock.Quotation q -> new BodyBlock.Quotation(text.richList(f, q.paragraphs(), at + ".paragraphs"),
                        text.text(f, q.attribution(), at + ".attribution"));
                case BodyBlock.PullQuote q -> new BodyBlock.PullQuote(text.text(f, q.text(), at));
                case BodyBlock.ProposalBox b -> new BodyBlock.ProposalBox(text.text(f, b.title(), at + ".title"),
                        text.rich(f, b.intro(), at + ".intro"), text.richList(f, b.items(), at + ".items"));
                case BodyBlock.Table t -> table(f, t, at);
                case BodyBlock.Figure fig -> {
                    log.notice(at, labels.get("publish.imageNotChecked"));
                    yield new BodyBlock.Figure(fig.image(), text.text(f, fig.caption(), at + ".caption"),
                            text.text(f, fig.altText(), at + ".altText"));
                }
            };
        }

        private BodyBlock.Table table(TextFinder f, BodyBlock.Table t, String at) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                rows.add(text.lines(f, t.rows().get(r), at + ".rows[" + r + "]"));
            }
            return new BodyBlock.Table(text.lines(f, t.header(), at + ".header"), rows);
        }

        BundleItem received(ReceivedDocument document) {
            TextFinder finder = finderFor(List.of(document.sender()));
            Sender sender = sender(document.sender(), "sender");
            String fileName = text.text(finder, document.fileName(), "fileName");
            String title = text.text(finder, document.title(), "title");
            String fileField = "«" + fileName + "»";
            FileCleaner.Result result = cleaners.get(document.format()).clean(document.content(), finder);
            switch (result) {
                case FileCleaner.Result.Cleaned c -> {
                    String unit = document.format() == ReceivedDocument.Format.PDF ? "publish.page" : "publish.paragraph";
                    for (FileCleaner.Removal r : c.removals()) {
                        log.removed(fileField + ", " + labels.format(unit, r.place()), r.rule(), r.text());
                    }
                    if (c.imagesKept()) {
                        log.notice(fileField, labels.get("publish.fileImagesNotChecked"));
                    }
                    return new BundleItem.Received(new ReceivedDocument(fileName, c.content(), title, sender));
                }
                case FileCleaner.Result.Unsafe u -> {
                    if (policy.strict()) {
                        throw new PublicationException("received file \"" + document.fileName()
                                + "\" cannot be cleaned of personal data safely: " + u.reason()
                                + " (strict publication mode)");
                    }
                    log.notice(fileField, labels.format("publish.withheldNotice", u.why().in(labels)));
                    return new BundleItem.Statement(HearingStatement.builder().sender(sender)
                            .title(labels.format("publish.withheldTitle", title))
                            .paragraph(labels.format("publish.withheld", fileName)).build());
                }
            }
        }

        HearingSummary summary(HearingSummary summary) {
            TextFinder general = TextFinder.general(policy);
            log.document(labels.get("summary.title"));
            List<PartyResponse> responses = new ArrayList<>();
            for (int i = 0; i < summary.responses().size(); i++) {
                PartyResponse r = summary.responses().get(i);
                responses.add(new PartyResponse(text.text(general, r.party(), "responses[" + i + "].party"),
                        r.response(), r.annex()));
            }
            List<SummaryPoint> points = new ArrayList<>();
            for (int i = 0; i < summary.points().size(); i++) {
                SummaryPoint p = summary.points().get(i);
                TextFinder finder = findersBySender.getOrDefault(p.sender(), general);
                String at = "points[" + i + "]";
                points.add(new SummaryPoint(p.id(), p.annex(), text.text(general, p.sender(), at + ".sender"),
                        text.text(finder, p.theme(), at + ".theme"), p.stance(), text.text(finder, p.text(), at + ".text"),
                        text.text(finder, p.reference(), at + ".reference"),
                        text.text(finder, p.comment(), at + ".comment")));
            }
            return new HearingSummary(summary.hearing(), responses, points,
                    text.text(general, summary.changes(), "changes"));
        }
    }
}
