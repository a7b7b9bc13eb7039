-- Many small documents rendered in every Mode at several widths and
-- ribbon ratios: sep/cat/fsep/fcat filling, nest, hang, $$ vs $+$.
import Prelude hiding ((<>))
import Text.PrettyPrint

docs :: [(String, Doc)]
docs =
  [ ("text", text "hello" <+> text "world")
  , ("sep", sep (map text (words "the quick brown fox jumps over the lazy dog")))
  , ("cat", cat (map text (words "alpha beta gamma delta epsilon zeta eta theta")))
  , ("fsep", fsep (map text (words "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua")))
  , ("fcat", fcat (map (text . show) [1 .. 30 :: Int]))
  , ("hang", hang (text "let") 4 (vcat [text "x = 1", text "y = 2"]) $$ text "in x + y")
  , ("hangsep", hang (text "function_name") 2 (sep (map int [100, 200, 300, 400, 500, 600])))
  , ("nest", text "a" $$ nest 2 (text "b" $$ nest 2 (text "c")) $$ text "d")
  , ("overlap", text "hi" $$ nest 5 (text "there"))
  , ("nooverlap", text "hi" $+$ nest 5 (text "there"))
  , ("overlap2", text "longword" $$ nest 3 (text "x"))
  , ("punct", brackets (fsep (punctuate comma (map int [1 .. 25]))))
  , ("nestedsep", sep [text "if" <+> text "cond", nest 2 (sep [text "then" <+> text "branch1", text "else" <+> text "branch2"])])
  , ("emptyish", hcat [empty, text "x", empty] $$ empty $$ vcat [empty, text "y"])
  , ("parens", parens (text "a") <> brackets (text "b") <> braces (text "c") <> quotes (text "d") <> doubleQuotes (text "e"))
  , ("numbers", hsep [int 42, integer 12345678901234567890, float 1.5, double 2.25, rational 0.75])
  , ("chars", hcat [char 'x', semi, comma, colon, space, equals, lparen, rparen, lbrack, rbrack, lbrace, rbrace])
  , ("sized", sizedText 2 "wide text" <+> text "after" $$ zeroWidthText "<b>" <> text "bold" <> zeroWidthText "</b>")
  , ("deepnest", foldr (\i d -> text ("level" ++ show i) $$ nest 3 d) (text "bottom") [1 .. 8 :: Int])
  , ("sepnest", sep [text "short", nest 40 (text "far")])
  , ("fsepnest", fsep [text "a", nest 10 (text "b"), text "c", nest 20 (text "dddddddd"), text "e"])
  , ("catvert", cat [text "one", text "two" $$ text "three", text "four"])
  , ("sepmulti", sep [text "x" $$ text "y", text "z"])
  , ("neg", nest (-2) (text "neg") $$ text "pos")
  ]

styles :: [Style]
styles =
  [ Style m w r
  | m <- [PageMode, ZigZagMode, LeftMode, OneLineMode]
  , (w, r) <- [(100, 1.5), (30, 1.5), (20, 1), (12, 2), (40, 3)]
  ]

main :: IO ()
main = do
  mapM_ (\(n, d) -> putStrLn ("== " ++ n) >> putStrLn (render d)) docs
  mapM_
    ( \s -> do
        putStrLn ("#### " ++ show s)
        mapM_ (\(n, d) -> putStrLn ("-- " ++ n) >> putStrLn (renderStyle s d)) docs
    )
    styles
  print (isEmpty empty, isEmpty (text ""), isEmpty (empty <> empty), isEmpty (nest 3 empty))
  print (text "a" <+> int 1)
  print (text "x" == text "x", text "x" $$ text "y" == text "x" <> text "y")
