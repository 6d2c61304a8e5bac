/*
 * The bench's peer: HanLP portable's default segmenter (HMM role tagging for person names, no
 * neural model) over one example per stdin line; prints one line per example, the person names
 * found separated by tabs (empty line: none), then "TUPU_HANLP SECONDS <s>" with the time spent
 * segmenting (start-up excluded). Run in source-file mode:
 *
 *   java -cp '<cache>/hanlp-portable-1.8.4/*' TupuHanlp.java < sentences.txt
 */
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class TupuHanlp {
    public static void main(String[] args) throws Exception {
        Segment segment = HanLP.newSegment().enableNameRecognize(true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) lines.add(line);
        segment.seg("预热"); // load the dictionaries before timing
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            List<String> names = new ArrayList<>();
            for (Term t : segment.seg(line)) if (t.nature != null && t.nature.startsWith("nr")) names.add(t.word);
            all.append(String.join("\t", names)).append('\n');
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.print(all);
        out.println("TUPU_HANLP SECONDS " + seconds);
        out.flush();
    }
}
