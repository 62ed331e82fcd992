package id.netra.safety.store;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.BackupPart;
import id.netra.safety.domain.BackupReason;

/** manifest.json, written by hand so the format stays readable and stable across library updates. */
final class ManifestJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static byte[] write(BackupManifest m) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", m.format());
        root.put("createdAt", m.createdAt().toString());
        root.put("appVersion", m.appVersion());
        root.put("schemaVersion", m.schemaVersion());
        root.put("reason", m.reason().name());
        root.put("encrypted", m.encrypted());
        root.put("auditHeadSeq", m.auditHeadSeq());
        ObjectNode counts = root.putObject("counts");
        m.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        ObjectNode digests = root.putObject("tableDigests");
        m.tableDigests().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> digests.put(e.getKey(), e.getValue()));
        ArrayNode parts = root.putArray("parts");
        for (BackupPart p : m.parts()) {
            parts.addObject().put("name", p.name()).put("size", p.size()).put("sha256", p.sha256());
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Throws on anything that is not a complete manifest (the caller turns that into NOT_A_BACKUP). */
    static BackupManifest read(byte[] bytes) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || !root.isObject() || !root.has("parts") || !root.has("counts")) {
            throw new IOException("incomplete manifest");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("counts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            counts.put(e.getKey(), e.getValue().asInt());
        }
        Map<String, String> digests = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tableDigests").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            digests.put(e.getKey(), e.getValue().asText());
        }
        List<BackupPart> parts = new ArrayList<>();
        for (JsonNode p : root.get("parts")) {
            parts.add(new BackupPart(p.get("name").asText(), p.get("size").asLong(), p.get("sha256").asText()));
        }
        return new BackupManifest(root.get("format").asInt(), OffsetDateTime.parse(root.get("createdAt").asText()),
                root.path("appVersion").asText(), root.get("schemaVersion").asText(),
                BackupReason.valueOf(root.path("reason").asText("MANUAL")), root.path("encrypted").asBoolean(),
                root.path("auditHeadSeq").asLong(), counts, digests, parts);
    }
}
