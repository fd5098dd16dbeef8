using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Names a key (a scope and a key in it, both text) by 128 bits: SHA-256 of a secret salt of this instance
/// followed by the key, cut to 128 bits. Two different keys get the same name with a chance of about one in 2^64 even
/// after 2^32 keys, and nobody who does not know the salt can make them collide on purpose: so the name can stand for
/// the key, and a table of names holds no strings.</summary>
internal sealed class KeyHash
{
    private const int SaltBytes = 32;

    // Keys up to this many bytes are hashed from the stack; longer ones (rare: ids are short) from a pooled array.
    private const int StackBytes = 512;

    private readonly byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);

    /// <summary>The name of the key made of <paramref name="scope"/> and <paramref name="key"/>. The scope's length is
    /// hashed too, so that ("ab", "c") and ("a", "bc") differ.</summary>
    public Id Of(ReadOnlySpan<char> scope, ReadOnlySpan<char> key)
    {
        var scopeBytes = MemoryMarshal.AsBytes(scope);
        var keyBytes = MemoryMarshal.AsBytes(key);
        var length = SaltBytes + sizeof(int) + scopeBytes.Length + keyBytes.Length;
        byte[]? rented = null;
        var input = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            salt.CopyTo(input);
            BinaryPrimitives.WriteInt32LittleEndian(input[SaltBytes..], scope.Length);
            scopeBytes.CopyTo(input[(SaltBytes + sizeof(int))..]);
            keyBytes.CopyTo(input[(SaltBytes + sizeof(int) + scopeBytes.Length)..]);

            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(input[..length], digest);
            return new Id(BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest[sizeof(ulong)..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A key's name: two halves of 64 bits, already uniformly spread.</summary>
    public readonly record struct Id(ulong Low, ulong High)
    {
        /// <inheritdoc />
        public override int GetHashCode() => (int)High;
    }
}
