using System.Text;

namespace Knowledge.Cms.Common;

/// <summary>Enum values as clients see them: <c>AwaitingCustomer</c> → <c>AWAITING_CUSTOMER</c>.</summary>
public static class EnumNames
{
    public static string ConstantCase(Enum value)
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }
}
