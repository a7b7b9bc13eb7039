-- How far rendering gets before a bottom inside the document: the text
-- before it is printed (lazily produced), then the error.
import Prelude hiding ((<>))
import Control.Exception
import Text.PrettyPrint

try' :: String -> Doc -> IO ()
try' l d = do
  putStr (l ++ ": ")
  r <- try (putStrLn (render d))
  either (\(ErrorCall m) -> putStrLn ("<" ++ m ++ ">")) return r

main :: IO ()
main = do
  try' "vcat" (vcat [text "a", text "b", error "boom", text "c"])
  try' "hsep" (hsep [text "a", text "b", error "boom", text "c"])
  try' "sep" (sep [text "x", text "y", error "sep-e"])
  try' "fsep" (fsep [text "x", text "y", error "fsep-e", text "z"])
  try' "cat-long" (cat (map text (replicate 30 "word") ++ [error "cat-e"]))
  try' "nest" (text "k" $$ nest (error "nest-k") (text "v"))
  try' "text" (text "ok" <+> text (error "text-e"))
  try' "sized" (text "ok" <+> sizedText 3 (error "sized-e"))
  try' "hang" (hang (text "h") 2 (vcat [text "1", error "hang-e"]))
  try' "punct" (hcat (punctuate comma [int 1, int 2, error "p-e"]))
  try' "above" (text "top" $$ error "below")
  try' "beside" (error "left" <> text "right")
