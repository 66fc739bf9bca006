using System.Buffers.Binary;
using System.Security.Cryptography;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// Check ids: UUID version 7 (RFC 9562), time-ordered so the (tenant, checkId) index grows at its end, with 74 bits
/// from the operating system's cryptographic generator so that ids cannot be guessed.
/// </summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7(DateTimeOffset)"/> reads /dev/urandom with a system call per id, which cost ~2% of a
/// check's CPU under load. Each thread here takes random bytes a kilobyte at a time (one call per hundred ids) and
/// wipes what it hands out.
/// </remarks>
internal static class CheckIds
{
    private const int RandomBytesPerId = 10;
    private const int BufferSize = 100 * RandomBytesPerId;

    [ThreadStatic]
    private static byte[]? _random;
    [ThreadStatic]
    private static int _used;

    public static Guid NewId(DateTimeOffset at)
    {
        if (_random is null || _used == BufferSize)
        {
            _random ??= new byte[BufferSize];
            RandomNumberGenerator.Fill(_random);
            _used = 0;
        }

        Span<byte> id = stackalloc byte[16];
        // Bytes 0-5: Unix time in milliseconds, big-endian; the rest random, then version and variant bits set.
        BinaryPrimitives.WriteInt64BigEndian(id[..8], at.ToUnixTimeMilliseconds() << 16);
        var taken = _random.AsSpan(_used, RandomBytesPerId);
        taken.CopyTo(id[6..]);
        taken.Clear();
        _used += RandomBytesPerId;
        id[6] = (byte)(0x70 | (id[6] & 0x0F));
        id[8] = (byte)(0x80 | (id[8] & 0x3F));
        return new Guid(id, bigEndian: true);
    }
}
