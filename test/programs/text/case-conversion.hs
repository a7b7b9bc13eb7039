-- Full case mappings of Data.Text: one character may become several
-- (ß -> SS, ŉ -> ʼN, ﬃ -> FFI), Turkish İ lower-cases to i + U+0307,
-- astral characters (Deseret, Adlam) map as well; toTitle per word.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Data.Char (ord)
import Numeric (showHex)

codes :: T.Text -> String
codes = unwords . map (\c -> showHex (ord c) "") . T.unpack

samples :: [T.Text]
samples = map T.pack
  [ "Straße", "ﬁnance ﬄuid", "ŉ ǰ ΐ ΰ և", "İstanbul IĞDIR ıi", "ΣΑΣ Όσος σοφός"
  , "\x10400\x10401 \x10428\x10429", "\x1E900\x1E922", "ǅemal ǆ ǈ", "hello WORLD", "ﬀ ﬅ ﬆ"
  , "don't o'neil 3rd x2y mcDonald", "  tabs\tand\nnew lines ", "ΆΈΉ ᾳ ᾼ ῳ", "Ⅻ ⓐ Ⓑ", "" ]

main :: IO ()
main = mapM_ one samples
  where
    one t = do
      TIO.putStrLn (T.intercalate (T.pack " | ") [t, T.toUpper t, T.toLower t, T.toCaseFold t, T.toTitle t])
      putStrLn (codes (T.toUpper t) ++ " / " ++ codes (T.toCaseFold t))
      print (T.length t, T.length (T.toUpper t), T.toUpper t == T.toUpper (T.toLower t))
