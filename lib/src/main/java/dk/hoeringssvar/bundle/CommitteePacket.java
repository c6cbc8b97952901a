package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.InvalidModelException;
import java.time.LocalDate;
import java.util.List;

/**
 * Udvalgspakke: what goes to the committee for one agenda item — the case, the recommendation
 * (indstilling, "at …" lines), the background, then the høringsnotat and the annex bundle.
 *
 * @param committee      "Beskæftigelsesudvalget"
 * @param meetingDate    the committee meeting
 * @param itemNumber     the agenda item number, "7"
 * @param itemTitle      the agenda item title
 * @param caseNumber     sagsnr.; may be null
 * @param recommendation the "at …" lines of the indstilling, at least one
 * @param background     the background (baggrund)
 * @param summary        the høringsnotat
 * @param bundle         the annex bundle
 */
public record CommitteePacket(String committee, LocalDate meetingDate, String itemNumber, String itemTitle,
                              String caseNumber, List<String> recommendation, List<BodyBlock> background,
                              HearingSummary summary, AnnexBundle bundle) {
    public CommitteePacket {
        committee = Texts.required(committee, "CommitteePacket.committee");
        if (meetingDate == null) {
            throw new InvalidModelException("CommitteePacket.meetingDate", "is required");
        }
        itemNumber = Texts.required(itemNumber, "CommitteePacket.itemNumber");
        itemTitle = Texts.required(itemTitle, "CommitteePacket.itemTitle");
        caseNumber = Texts.optional(caseNumber, "CommitteePacket.caseNumber");
        recommendation = Texts.lines(recommendation, "CommitteePacket.recommendation");
        if (recommendation.isEmpty()) {
            throw new InvalidModelException("CommitteePacket.recommendation", "needs at least one entry");
        }
        background = Texts.list(background, "CommitteePacket.background");
        if (summary == null) {
            throw new InvalidModelException("CommitteePacket.summary", "is required");
        }
        if (bundle == null) {
            throw new InvalidModelException("CommitteePacket.bundle", "is required");
        }
    }
}
