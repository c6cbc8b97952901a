package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Sender;
import java.util.List;

/** One annex of a bundle: a typed statement, or a file received as it is. */
public sealed interface BundleItem {

    /** Who sent it; the first sender of a statement. */
    Sender sender();

    /** The title in the contents. */
    String title();

    record Statement(HearingStatement statement) implements BundleItem {
        public Statement {
            if (statement == null) {
                throw new InvalidModelException("BundleItem.Statement.statement", "is required");
            }
        }

        @Override
        public Sender sender() {
            return statement.senders().get(0);
        }

        @Override
        public String title() {
            return statement.title();
        }
    }

    record Received(ReceivedDocument document) implements BundleItem {
        public Received {
            if (document == null) {
                throw new InvalidModelException("BundleItem.Received.document", "is required");
            }
        }

        @Override
        public Sender sender() {
            return document.sender();
        }

        @Override
        public String title() {
            return document.title();
        }
    }

    static List<BundleItem> of(List<HearingStatement> statements) {
        return statements.stream().<BundleItem>map(Statement::new).toList();
    }
}
