package org.reportcycle.bulletin;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.View;

/**
 * A Word file to download: the name it is saved under, an ASCII name for clients that cannot read RFC 5987, and
 * its bytes; as an API response or as the view of a page.
 */
record DocxFile(String filename, String asciiFilename, byte[] content) {

    static final MediaType MEDIA_TYPE =
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    ResponseEntity<byte[]> response() {
        return ResponseEntity.ok().contentType(MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, disposition())
            .body(content);
    }

    View view() {
        return new View() {
            @Override
            public String getContentType() {
                return MEDIA_TYPE.toString();
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                response.setContentType(MEDIA_TYPE.toString());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition());
                response.setContentLength(content.length);
                response.getOutputStream().write(content);
            }
        };
    }

    /** attachment; filename="summary-2026-01-to-2026-06.docx"; filename*=UTF-8''2026%E5%B9%B4… */
    String disposition() {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append("%02X".formatted(b & 0xFF));
            }
        }
        return "attachment; filename=\"" + asciiFilename + "\"; filename*=UTF-8''" + encoded;
    }
}
