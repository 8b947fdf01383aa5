package org.reportcycle.bulletin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.Validation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published bulletin, searchable by year, number and text, and its files: exactly those the signer
 * approved. Drafts and bulletins awaiting sign-off have files for those who oversee the office's work.
 */
@Service
public class BulletinArchive {

    private static final int MAX_RESULTS = 200;

    private final JdbcClient jdbc;
    private final BulletinCompiler compiler;
    private final Bulletins bulletins;
    private final BulletinRenditions renditions;
    private final BulletinDocuments documents;
    private final OrganizationDirectory directory;

    BulletinArchive(
            JdbcClient jdbc,
            BulletinCompiler compiler,
            Bulletins bulletins,
            BulletinRenditions renditions,
            BulletinDocuments documents,
            OrganizationDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.compiler = compiler;
        this.bulletins = bulletins;
        this.renditions = renditions;
        this.documents = documents;
    }

    /** Published bulletins, newest first; each criterion given narrows the search, the text one in title and body. */
    @Transactional(readOnly = true)
    public List<ArchiveEntry> search(Integer year, Integer number, String text) {
        new Validation().optionalText(text, "q", 100).throwIfInvalid();
        String like = text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
        List<Bulletin> found = jdbc
                .sql("""
                SELECT * FROM bulletin WHERE status = 'PUBLISHED'
                  AND (CAST(:year AS INT) IS NULL OR issue_year = :year)
                  AND (CAST(:number AS INT) IS NULL OR issue_number = :number)
                  AND (CAST(:like AS VARCHAR(200)) IS NULL OR title LIKE :like ESCAPE '\\'
                       OR archived_text LIKE :like ESCAPE '\\')
                ORDER BY issue_year DESC, issue_number DESC""")
                .param("year", year)
                .param("number", number)
                .param("like", like)
                .query(RecordRows.of(Bulletin.class))
                .list()
                .stream()
                .limit(MAX_RESULTS)
                .toList();
        return found.stream().map(this::entry).toList();
    }

    /** A published bulletin's file, for any signed-in user. */
    @Transactional(readOnly = true)
    public BulletinFile published(int year, int number, BulletinFormat format) {
        Bulletin b = bulletins
                .published(year, number)
                .orElseThrow(() -> new NotFoundException("error.bulletin.notPublished", year, number));
        return file(b, format);
    }

    /** The file of a bulletin by key: published ones for everyone, the others for those who oversee. */
    @Transactional(readOnly = true)
    public BulletinFile ofKey(CurrentUser user, String key, BulletinFormat format) {
        Bulletin b = compiler.visible(user, key);
        if (b.status() == BulletinStatus.PUBLISHED) {
            return file(b, format);
        }
        if (b.status() != BulletinStatus.DRAFT) {
            return file(b, format);
        }
        if (!renditions.available(format)) {
            throw new NotFoundException("error.bulletin.formatMissing", format.extension());
        }
        return new BulletinFile(
                fileName(b, format), asciiFileName(b, format), format, renditions.render(format, documents.of(b)));
    }

    /** The extensions a bulletin can be downloaded in now: its stored files, or what a draft can be rendered to. */
    public List<String> formats(Bulletin b) {
        if (b.status() == BulletinStatus.DRAFT) {
            return Stream.of(BulletinFormat.values())
                    .filter(renditions::available)
                    .map(BulletinFormat::extension)
                    .toList();
        }
        return renditions.formats(b.id()).stream()
                .sorted()
                .map(BulletinFormat::extension)
                .toList();
    }

    private BulletinFile file(Bulletin b, BulletinFormat format) {
        return storedFile(b, format)
                .orElseThrow(() -> new NotFoundException("error.bulletin.formatMissing", format.extension()));
    }

    /** The file kept when the bulletin went to sign-off, if that format was made. */
    Optional<BulletinFile> storedFile(Bulletin b, BulletinFormat format) {
        return renditions
                .stored(b.id(), format)
                .map(r -> new BulletinFile(fileName(b, format), asciiFileName(b, format), format, r.content()));
    }

    private ArchiveEntry entry(Bulletin b) {
        return new ArchiveEntry(
                b.key(),
                b.kind(),
                b.issueYear(),
                b.issueNumber(),
                b.issueDate(),
                b.title(),
                signerName(b),
                b.approvedAt(),
                b.publishedAt(),
                formats(b));
    }

    /** The name of who signed the bulletin off (签发人), null before sign-off. */
    public String signerName(Bulletin b) {
        return b.approvedBy() == null
                ? null
                : directory.person(b.approvedBy()).map(Person::name).orElse(b.approvedBy());
    }

    static String fileName(Bulletin b, BulletinFormat format) {
        String name = b.bulletinName() == null ? "" : b.bulletinName();
        String edition = b.kind() == BulletinKind.SPECIAL ? "（" + BulletinDocuments.SPECIAL_EDITION + "）" : "";
        return name + edition + b.issueName() + "." + format.extension();
    }

    static String asciiFileName(Bulletin b, BulletinFormat format) {
        return "bulletin-" + b.issueYear() + "-" + b.issueNumber() + "." + format.extension();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
