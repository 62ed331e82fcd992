package id.netra.findings.print;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the per-case summary prints, already in words: the renderer only lays it out. Built
 * by {@code CaseSheetAssembler}, which applies the presumption-of-innocence wording and hides a
 * confidential reporter before any text reaches this object.
 */
public record CaseSheet(
        Kop kop,
        String title,
        String registerNumber,
        String statusLabel,
        List<Field> facts,
        String personLabel,
        List<Person> people,
        String presumptionNote,
        String violationLabel,
        List<Code> codes,
        String chronology,
        List<String> links,
        List<EvidenceLine> evidence,
        List<String> steps,
        List<HistoryLine> history,
        List<TeamLine> team,
        Signer signer) {

    public CaseSheet {
        facts = List.copyOf(facts);
        people = List.copyOf(people);
        codes = List.copyOf(codes);
        links = List.copyOf(links);
        evidence = List.copyOf(evidence);
        steps = List.copyOf(steps);
        history = List.copyOf(history);
        team = List.copyOf(team);
    }

    /** The letterhead: who the summary comes from. {@code paperF4} picks F4 over A4. */
    public record Kop(byte[] emblem, String governmentName, String opdName, String address, String contact,
            boolean paperF4) {
    }

    public record Field(String label, String value) {
    }

    public record Person(String name, String identifier, String kind, String position, String subUnit) {
    }

    public record Code(String code, String category, String description, String defaultSanction) {
    }

    public record EvidenceLine(String name, String type, String size, String sha256, String check) {

        /** The hash in four groups of 16 so it wraps at a group boundary and can be read aloud to compare. */
        public String groupedSha256() {
            return sha256.length() != 64 ? sha256 : sha256.substring(0, 16) + " " + sha256.substring(16, 32) + " "
                    + sha256.substring(32, 48) + " " + sha256.substring(48);
        }
    }

    public record HistoryLine(String when, String from, String to, String by, String reason) {
    }

    public record TeamLine(String team, String name, String role, String institution) {
    }

    /** Place, date and who signs (the head of the OPD). */
    public record Signer(String city, LocalDate date, String position, String name, String rank, String nip) {
    }
}
