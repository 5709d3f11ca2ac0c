package org.snegov.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;

/**
 * Analyses names and place names so that scripts meet: every token is transliterated to Latin (ICU's
 * {@code Any-Latin}, then {@code Latin-ASCII}) and folded (case, accents), so "Снегов", "Snegov" and "SNEGOV"
 * index as the same term. Spelling variants (Snegow, Sniegow) are the names module's job, not this one's.
 * Thread-safe, as every Lucene analyzer.
 */
public final class NameAnalyzer extends Analyzer {

    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        // Fold before transliterating too: case and compatibility forms change what the transform sees.
        TokenStream stream = new ICUFoldingFilter(source);
        stream = new ICUTransformFilter(stream, TO_LATIN);
        stream = new ICUFoldingFilter(stream);
        // Transliteration can bring back punctuation (® becomes "(r)"); a name term is letters and digits.
        stream = new PatternReplaceFilter(stream, NOT_A_LETTER_OR_DIGIT, "", true);
        stream = new LengthFilter(stream, 1, 255);
        return new TokenStreamComponents(source, stream);
    }
}
