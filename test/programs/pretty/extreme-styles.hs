-- Extreme styles: zero and negative widths, tiny, huge, zero and negative
-- ribbons (ribbonsPerLine 0 makes the ribbon minBound, as in the installed
-- -O1 build, so everything fits), and documents wider than any line.
import Prelude hiding ((<>))
import Text.PrettyPrint

doc :: Doc
doc = hang (text "header") 2 (fsep (map int [1 .. 12])) $$ nest 3 (sep [text "a", text "bb", text "ccc"]) $+$ text (replicate 30 'w')

main :: IO ()
main = mapM_ (\st -> putStrLn ("# " ++ show st) >> putStrLn (renderStyle st doc)) [Style m w r | m <- [PageMode], (w, r) <- [(0, 1), (1, 1), (-5, 1), (10, 0.1), (10, 100), (10, 0), (200, 0.5), (5, -1), (10, 1e-30), (10, 1e-20), (7, -0.0)]]
