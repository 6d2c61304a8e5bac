/*
 * Prints HanLP portable 1.8.4's person-name role statistics (Apache-2.0): first the role
 * transition matrix (data/dictionary/person/nr.tr.txt) after a "#tr" line, then after a "#roles"
 * line every entry of its role dictionary (data/dictionary/person/nr.txt.bin) as
 * "word<TAB>ROLE freq ROLE freq…". The binary dictionary is a double-array trie whose keys are not
 * stored, so they are read back by walking the trie (each cell's check names its parent's base).
 * Run by build-person-roles.ts in source-file mode; build time only.
 */
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.common.CommonDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class DumpPersonRoles {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("#tr");
        try (InputStream tr = PersonDictionary.class.getClassLoader()
                .getResourceAsStream("data/dictionary/person/nr.tr.txt")) {
            out.print(new String(tr.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
        out.println();
        out.println("#roles");
        Field field = CommonDictionary.class.getDeclaredField("trie");
        field.setAccessible(true);
        DoubleArrayTrie<?> trie = (DoubleArrayTrie<?>) field.get(PersonDictionary.dictionary);
        int[] base = trie.getBase(), check = trie.getCheck();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int p = 0; p < check.length; p++)
            if (check[p] != 0) children.computeIfAbsent(check[p], k -> new ArrayList<>()).add(p);
        TreeMap<String, String> entries = new TreeMap<>();
        Deque<Map.Entry<Integer, String>> stack = new ArrayDeque<>();
        stack.push(Map.entry(base[0], ""));
        while (!stack.isEmpty()) {
            Map.Entry<Integer, String> node = stack.pop();
            int b = node.getKey();
            String prefix = node.getValue();
            for (int p : children.getOrDefault(b, List.of())) {
                if (p == b) {
                    EnumItem<NR> item = base[p] < 0 ? PersonDictionary.dictionary.get(prefix) : null;
                    if (item != null) entries.put(prefix, item.toString().trim());
                    continue;
                }
                int c = p - b - 1;
                if (c > 0 && c <= 0xFFFF && base[p] > 0) stack.push(Map.entry(base[p], prefix + (char) c));
            }
        }
        for (Map.Entry<String, String> e : entries.entrySet()) out.println(e.getKey() + "\t" + e.getValue());
        out.flush();
    }
}
