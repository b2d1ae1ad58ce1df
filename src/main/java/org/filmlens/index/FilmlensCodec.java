package org.filmlens.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with stored fields tuned for showing ten hits: uncompressed ({@link UncompressedStorage}),
 * in small blocks. The default compresses 80 KB blocks against an 8 KB shared dictionary, so reading one passage
 * decompresses about 16 KB; a search reads ten scattered passages, and that was a quarter of its time. Found by
 * name when an index is opened, hence public and listed in {@code META-INF/services/org.apache.lucene.codecs.Codec};
 * the name changes whenever the format does.
 */
public final class FilmlensCodec extends FilterCodec {
    public static final String NAME = "Filmlens912u";
    private static final int CHUNK_BYTES = 4 * 1024;
    private static final int MAX_DOCS_PER_CHUNK = 128;
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "FilmlensRawStoredFields", UncompressedStorage.INSTANCE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

    public FilmlensCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
