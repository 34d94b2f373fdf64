using System;
using System.Security.Cryptography;
using System.Text;

namespace SchemaGen.Corpus.Pdf
{
    /// <summary>
    /// The PDF standard security handler, revision 2 (RC4, 40-bit key), as PDF 1.7 §7.6.3 specifies it: the file key
    /// from the padded user password, the /O and /U entries, and each object's strings and streams encrypted with a
    /// key derived from the file key and the object number. Test support only: RC4-40 protects nothing today.
    /// </summary>
    internal sealed class PdfEncryption
    {
        private static readonly byte[] Padding =
        {
            0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
            0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
        };

        // All permissions (the bits above 12 set, as the specification requires of unused bits).
        private const int Permissions = -4;

        private readonly byte[] _fileKey;

        public PdfEncryption(string userPassword)
        {
            // A fixed document id: the file stays deterministic.
            DocumentId = MD5.HashData(Encoding.UTF8.GetBytes("SchemaGen.Corpus " + userPassword));
            byte[] user = Pad(userPassword);
            // Owner password = user password (algorithm 3): RC4 of the padded user password under MD5(padded owner).
            byte[] ownerKey = MD5.HashData(user)[..5];
            Owner = Rc4(ownerKey, user);
            var input = new byte[32 + 32 + 4 + DocumentId.Length];
            user.CopyTo(input, 0);
            Owner.CopyTo(input, 32);
            BitConverter.GetBytes(Permissions).CopyTo(input, 64);
            DocumentId.CopyTo(input, 68);
            _fileKey = MD5.HashData(input)[..5];
            User = Rc4(_fileKey, Padding);
        }

        public byte[] DocumentId { get; }
        public byte[] Owner { get; }
        public byte[] User { get; }

        public string EncryptDictionary => "<< /Filter /Standard /V 1 /R 2 /O " + Hex(Owner) + " /U " + Hex(User) + " /P " + Permissions + " >>";

        public string IdArray => "[" + Hex(DocumentId) + " " + Hex(DocumentId) + "]";

        /// <summary>Encrypts the bytes of a string or stream of object <paramref name="objectNumber"/> (generation 0).</summary>
        public byte[] Encrypt(int objectNumber, byte[] data)
        {
            var input = new byte[_fileKey.Length + 5];
            _fileKey.CopyTo(input, 0);
            input[5] = (byte)objectNumber;
            input[6] = (byte)(objectNumber >> 8);
            input[7] = (byte)(objectNumber >> 16);
            byte[] key = MD5.HashData(input)[..Math.Min(16, _fileKey.Length + 5)];
            return Rc4(key, data);
        }

        public static string Hex(byte[] bytes) => "<" + Convert.ToHexString(bytes) + ">";

        private static byte[] Pad(string password)
        {
            byte[] given = Encoding.Latin1.GetBytes(password);
            var padded = new byte[32];
            int length = Math.Min(32, given.Length);
            Array.Copy(given, padded, length);
            Array.Copy(Padding, 0, padded, length, 32 - length);
            return padded;
        }

        private static byte[] Rc4(byte[] key, byte[] data)
        {
            var s = new byte[256];
            for (int i = 0; i < 256; i++) s[i] = (byte)i;
            for (int i = 0, j = 0; i < 256; i++)
            {
                j = (j + s[i] + key[i % key.Length]) & 0xFF;
                (s[i], s[j]) = (s[j], s[i]);
            }
            var output = new byte[data.Length];
            for (int n = 0, i = 0, j = 0; n < data.Length; n++)
            {
                i = (i + 1) & 0xFF;
                j = (j + s[i]) & 0xFF;
                (s[i], s[j]) = (s[j], s[i]);
                output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
            }
            return output;
        }
    }
}
