using System.Text.RegularExpressions;

namespace Vertebra.Content.Tests.Support;

/// <summary>
/// Finds Chinese sentences that say a disc can be pushed back (推回去, 复位, 回纳, 归位 and the like), unless the same
/// sentence denies it (不能, 无法, 不可能, 推不回去 …) or reports it as someone else's claim (所谓, 声称, 广告 …).
/// A sentence counts only when it is about the disc (椎间盘, 髓核, 突出, 腰突), so 骨折复位 of a fracture is not flagged.
/// </summary>
internal static partial class ChineseDiscRepositionCheck
{
    public static IReadOnlyList<string> AffirmativeSentences(string text)
    {
        var found = new List<string>();
        foreach (var sentence in Sentences().Split(text))
        {
            if (Disc().IsMatch(sentence) && Claim().IsMatch(sentence) && !Denial().IsMatch(sentence))
            {
                found.Add(sentence.Trim());
            }
        }

        return found;
    }

    [GeneratedRegex(@"椎间盘|间盘|髓核|突出|腰突")]
    private static partial Regex Disc();

    // 推回去 / 按回原位 / 压回去 / 送回 / 复位 / 回纳 / 归位 / 回到原位 / 还纳
    [GeneratedRegex(@"(推|按|压|揉|顶|送|塞|扳|掰|弄|放|拉|牵)(得)?回(去|来|原位|原处|原来的位置|到原位)?|复位|回纳|还纳|归位|回到原位|回到原处|回到原来的位置|回去了")]
    private static partial Regex Claim();

    [GeneratedRegex(@"不能|不会|无法|没法|没有办法|不可能|做不到|推不回|按不回|不了|并不|并非|不是|没有动|不可信|别信|不要相信|不信|所谓|声称|号称|宣称|广告|骗|谎|伪科学|警惕|大话")]
    private static partial Regex Denial();

    [GeneratedRegex(@"(?<=[。！？；!?;])|\n")]
    private static partial Regex Sentences();
}
