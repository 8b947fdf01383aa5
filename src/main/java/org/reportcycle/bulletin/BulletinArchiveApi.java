package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Downloads;
import org.reportcycle.system.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive on the API: search, and each published bulletin's files at stable addresses
 * {@code /api/bulletins/{year}/{number}.{pdf|docx|html|txt}}; a bulletin's current files by key for the office.
 */
@RestController
class BulletinArchiveApi {

    private final BulletinArchive archive;

    BulletinArchiveApi(BulletinArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/api/bulletins")
    List<Entry> search(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer number,
            @RequestParam(required = false) String q) {
        return archive.search(year, number, q).stream().map(Entry::of).toList();
    }

    @GetMapping("/api/bulletins/{year}/{number}.{extension}")
    ResponseEntity<byte[]> published(@PathVariable int year, @PathVariable int number, @PathVariable String extension) {
        return download(archive.published(year, number, format(extension)));
    }

    /** {@code period} is the bulletin's key: a period, or a special issue's special-&lt;id&gt;. */
    @GetMapping("/api/bulletins/{period}/document.{extension}")
    ResponseEntity<byte[]> ofKey(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String period, @PathVariable String extension) {
        return download(archive.ofKey(user, period, format(extension)));
    }

    /** One published bulletin of the archive, as every signed-in user finds it, with its download formats. */
    record Entry(
            String key,
            BulletinKind kind,
            int issueYear,
            int issueNumber,
            LocalDate issueDate,
            String title,
            String signerName,
            OffsetDateTime signedAt,
            OffsetDateTime publishedAt,
            List<String> formats) {

        static Entry of(ArchiveEntry e) {
            return new Entry(
                    e.key(),
                    e.kind(),
                    e.issueYear(),
                    e.issueNumber(),
                    e.issueDate(),
                    e.title(),
                    e.signerName(),
                    e.signedAt(),
                    e.publishedAt(),
                    e.formats());
        }
    }

    private static BulletinFormat format(String extension) {
        return BulletinFormat.ofExtension(extension)
                .orElseThrow(() -> new NotFoundException("error.bulletin.formatMissing", extension));
    }

    /** PDF and text open in the browser; the Word and HTML files download (the HTML carries its own styles). */
    static ResponseEntity<byte[]> download(BulletinFile file) {
        String disposition =
                file.format() == BulletinFormat.DOCX || file.format() == BulletinFormat.HTML ? "attachment" : "inline";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Downloads.disposition(disposition, file.fileName(), file.asciiFileName()))
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .body(file.content());
    }
}
