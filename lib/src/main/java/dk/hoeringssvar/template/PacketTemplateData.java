package dk.hoeringssvar.template;

import dk.hoeringssvar.bundle.CommitteePacket;
import java.util.Map;

/** What the packet template ({@link TemplateNames#PACKET}) sees: {@code packet}, {@code labels}, {@code fn}. */
public record PacketTemplateData(CommitteePacket packet, Map<String, String> labels, TemplateFunctions fn) {
}
