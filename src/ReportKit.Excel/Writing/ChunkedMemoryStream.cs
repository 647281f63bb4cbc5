using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace ReportKit.Excel.Writing;

/// <summary>
/// A seekable in-memory stream kept in pooled 64 KB chunks, for the raw package a writer holds until it
/// is normalized. A <see cref="MemoryStream"/> doubles one array on its way to a few megabytes, and each
/// of those arrays lands on the large-object heap and costs a full collection sooner or later; chunks
/// below the large-object threshold, returned to the pool on dispose, cost neither.
/// </summary>
internal sealed class ChunkedMemoryStream : Stream
{
    /// <summary>Below the 85,000-byte large-object threshold.</summary>
    private const int ChunkSize = 1 << 16;

    private readonly List<byte[]> _chunks = new();
    private long _length;
    private long _position;
    private bool _disposed;

    public override bool CanRead => !_disposed;

    public override bool CanSeek => !_disposed;

    public override bool CanWrite => !_disposed;

    public override long Length
    {
        get
        {
            ThrowIfDisposed();
            return _length;
        }
    }

    public override long Position
    {
        get
        {
            ThrowIfDisposed();
            return _position;
        }

        set
        {
            ThrowIfDisposed();
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ThrowIfDisposed();
        var available = _length - _position;
        if (available <= 0)
        {
            return 0;
        }

        var total = (int)Math.Min(buffer.Length, available);
        var done = 0;
        while (done < total)
        {
            var chunk = _chunks[(int)(_position / ChunkSize)];
            var inChunk = (int)(_position % ChunkSize);
            var part = Math.Min(total - done, ChunkSize - inChunk);
            chunk.AsSpan(inChunk, part).CopyTo(buffer.Slice(done));
            done += part;
            _position += part;
        }

        return total;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfDisposed();
        if (_position > _length)
        {
            // Writing past the end after a seek: the gap reads as zeros, as in a MemoryStream.
            Fill(_length, _position);
        }

        var done = 0;
        while (done < buffer.Length)
        {
            var chunk = ChunkAt(_position);
            var inChunk = (int)(_position % ChunkSize);
            var part = Math.Min(buffer.Length - done, ChunkSize - inChunk);
            buffer.Slice(done, part).CopyTo(chunk.AsSpan(inChunk));
            done += part;
            _position += part;
        }

        _length = Math.Max(_length, _position);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        ThrowIfDisposed();
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("Seek before the beginning of the stream.");
        }

        _position = target;
        return target;
    }

    public override void SetLength(long value)
    {
        ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value > _length)
        {
            Fill(_length, value);
        }

        _length = value;
        _position = Math.Min(_position, value);
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            foreach (var chunk in _chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
        }

        base.Dispose(disposing);
    }

    /// <summary>Zeros bytes [from, to) and extends the length to <paramref name="to"/> (pooled chunks are not clean).</summary>
    private void Fill(long from, long to)
    {
        for (var at = from; at < to;)
        {
            var chunk = ChunkAt(at);
            var inChunk = (int)(at % ChunkSize);
            var part = (int)Math.Min(to - at, ChunkSize - inChunk);
            chunk.AsSpan(inChunk, part).Clear();
            at += part;
        }

        _length = Math.Max(_length, to);
    }

    private byte[] ChunkAt(long position)
    {
        var index = (int)(position / ChunkSize);
        while (_chunks.Count <= index)
        {
            _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
        }

        return _chunks[index];
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
