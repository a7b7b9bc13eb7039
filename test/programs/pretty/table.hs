-- Tables: padded columns with hcat/hsep, rules, and a multiplication table
-- with nest; each rendered at two widths.
import Prelude hiding ((<>))
import Text.PrettyPrint

pad :: Int -> String -> Doc
pad n s = text (s ++ replicate (n - length s) ' ')

padL :: Int -> String -> Doc
padL n s = text (replicate (n - length s) ' ' ++ s)

table :: [String] -> [[String]] -> Doc
table hdr rows =
  let cols = length hdr
      widths = [maximum (map length (map (!! i) (hdr : rows))) | i <- [0 .. cols - 1]]
      row r = char '|' <+> hcat (punctuate (text " | ") (zipWith pad widths r)) <+> char '|'
      rule = char '+' <> hcat (punctuate (char '+') [text (replicate (w + 2) '-') | w <- widths]) <> char '+'
   in vcat ([rule, row hdr, rule] ++ map row rows ++ [rule])

people :: [[String]]
people = [["Ada", "36", "London"], ["Grace", "85", "New York"], ["Alan", "41", "Wilmslow"], ["Edsger", "72", "Nuenen"]]

multab :: Int -> Doc
multab n = vcat [hsep [padL 4 (show (i * j)) | j <- [1 .. n]] | i <- [1 .. n]]

main :: IO ()
main = do
  putStrLn (render (table ["name", "age", "city"] people))
  putStrLn (render (text "Multiplication:" $$ nest 4 (multab 9)))
  putStrLn (renderStyle style {lineLength = 30} (text "Multiplication:" $$ nest 4 (multab 5)))
  putStrLn (render (sep [text "summary:", nest 2 (fsep (map (text . head) people))]))
  putStrLn (renderStyle style {lineLength = 15} (hang (text "columns:") 2 (fsep (map (text . (!! 2)) people))))
  print (length (render (table ["a"] [["x"], ["yy"]])))
