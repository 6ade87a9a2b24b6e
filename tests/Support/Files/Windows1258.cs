using System.Globalization;
using System.Text;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>
/// Writes text the way Windows-1258 holds Vietnamese: base letters with their shape (â ê ô ơ ư ă đ)
/// precomposed and the tone as a separate combining mark ("ề" = "ê" + U+0300).
/// </summary>
public static class Windows1258
{
    private static readonly Encoding Encoding = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    public static byte[] GetBytes(string text)
    {
        var output = new StringBuilder();
        var tones = new StringBuilder();
        var letter = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                Flush();
                letter.Append(c);
            }
            else if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones.Append(c);
            }
            else
            {
                letter.Append(c);
            }
        }

        Flush();
        return Encoding.GetBytes(output.ToString());

        void Flush()
        {
            output.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
            letter.Clear();
            tones.Clear();
        }
    }
}
