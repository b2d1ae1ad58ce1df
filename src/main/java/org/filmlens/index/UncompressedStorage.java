package org.filmlens.index;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Stored fields kept as written. A search shows ten passages: with any compression each one read decompresses its
 * whole block into a fresh buffer (Lucene allocates one per document read), which was most of a search's garbage and
 * a tenth of its time; uncompressed, reading a passage copies its own bytes and nothing else. The index grows by
 * the size of the text, and building it skips the compression.
 */
final class UncompressedStorage extends CompressionMode {
    static final UncompressedStorage INSTANCE = new UncompressedStorage();

    private UncompressedStorage() {}

    @Override
    public Compressor newCompressor() {
        return new Compressor() {
            @Override
            public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                out.copyBytes(in, in.length() - in.position());
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public Decompressor newDecompressor() {
        return new Copier();
    }

    @Override
    public String toString() {
        return "UNCOMPRESSED";
    }

    /** Reads {@code [offset, offset + length)} of a block and leaves the input at the block's end, as LZ4 would. */
    private static final class Copier extends Decompressor {
        @Override
        public void decompress(DataInput in, int blockLength, int offset, int length, BytesRef bytes)
                throws IOException {
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
            in.skipBytes(offset);
            in.readBytes(bytes.bytes, 0, length);
            in.skipBytes(blockLength - offset - length);
            bytes.offset = 0;
            bytes.length = length;
        }

        @Override
        public Decompressor clone() {
            return new Copier();
        }
    }
}
