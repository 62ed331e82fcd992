package id.netra.safety.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Images already in users' logs were written by Jackson's mapper from an ordered map; the chain and
 * the row check compare text, so the image of a row must stay exactly that text.
 */
class RowImagesTest {

    @Test
    void imagesAreTheTextTheMapperWroteForTheSameRow() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(42);
        List<String> samples = new ArrayList<>(List.of("", "Siti \"Ani\" Rahma", "C:\\data\\bukti", "baris\nbaru\ttab",
                "\u0000\u0001\u001f\u007f", "Déjà vu – ñ", "emoji \uD83D\uDE00", "</script>", "\u2028\u2029"));
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                sb.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD7FF)));
            }
            samples.add(sb.toString());
        }
        for (String value : samples) {
            List<String> columns = List.of("id", "name", "note");
            Object[] row = {7L, value, null};
            Map<String, String> map = new LinkedHashMap<>();
            map.put("id", "7");
            map.put("name", value);
            map.put("note", null);
            assertThat(RowImages.image(columns, row)).isEqualTo(mapper.writeValueAsString(map));
        }
    }
}
