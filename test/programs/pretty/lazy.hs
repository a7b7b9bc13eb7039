-- Rendering is lazy: the first lines of an infinite vcat, a long hsep
-- consumed in part; isEmpty and the bottoms of unused alternatives.
import Prelude hiding ((<>))
import Text.PrettyPrint

main :: IO ()
main = do
  let inf = vcat [int i <+> text "squared is" <+> int (i * i) | i <- [1 ..]]
  putStr (unlines (take 5 (lines (render inf))))
  putStrLn (take 60 (render (hsep (map int [1 ..]))))
  putStrLn (take 40 (renderStyle style {mode = OneLineMode} (vcat (map int [1 ..]))))
  putStrLn (take 50 (renderStyle style {mode = LeftMode} (vcat (map int [100 ..]))))
  print (isEmpty (vcat [empty, empty, hcat []]), isEmpty (sep [empty]), isEmpty (fsep [empty, empty]))
  putStrLn (render (text "a" $$ empty $$ text "b" <> empty <+> empty))
  putStrLn (render (vcat [text "x", nest 4 empty, text "y"]))
  print (length (render (vcat (replicate 2000 (text "line")))))
