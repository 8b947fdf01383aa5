package org.reportcycle.summary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.reportcycle.system.Downloads;
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
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition())
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

    String disposition() {
        return Downloads.disposition("attachment", filename, asciiFilename);
    }
}
