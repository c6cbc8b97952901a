package dk.hoeringssvar.json;

import dk.hoeringssvar.bundle.Hearing;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Sender;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of bundles and packets: as the model, but with files referenced by path. */
final class BundleJson {

    private BundleJson() {
    }

    /** {@code {"hearing": {...}, "items": [...]}}. */
    record Bundle(Hearing hearing, List<Item> items) {
    }

    /**
     * One item: {@code {"statement": {...}}}, {@code {"statementFile": "svar/01.json"}} or
     * {@code {"file": "indkomne/metal.pdf", "title": "...", "sender": {...}}}.
     */
    record Item(HearingStatement statement, String statementFile, String file, String title, Sender sender) {
    }

    /** A committee packet; the bundle inline or by {@code bundleFile}; comments by point id. */
    record Packet(String committee, LocalDate meetingDate, String itemNumber, String itemTitle, String caseNumber,
                  List<String> recommendation, List<BodyBlock> background, Bundle bundle, String bundleFile,
                  Map<String, String> comments, String changes) {
    }
}
