-- Text.PrettyPrint.Annotated: annotations survive layout; renderSpans gives
-- their positions, renderDecorated/renderDecoratedM wrap them.
import Prelude hiding ((<>))
import Text.PrettyPrint.Annotated
import qualified Text.PrettyPrint.Annotated.HughesPJ as H

data Tag = Kw | Ident | Lit deriving (Show, Eq)

kw, ident :: String -> Doc Tag
kw = annotate Kw . text
ident = annotate Ident . text

lit :: Int -> Doc Tag
lit = annotate Lit . int

decl :: Int -> Doc Tag
decl i = hang (kw "let" <+> ident ("v" ++ show i) <+> equals) 2 (fsep (punctuate (text " +") [lit (i * j) | j <- [1 .. i]]))

doc :: Doc Tag
doc = vcat (map decl [1 .. 6]) $$ kw "in" <+> annotate Ident (parens (ident "v1" <+> text "*" <+> ident "v6"))

main :: IO ()
main = do
  putStrLn (render doc)
  let (s, spans) = renderSpans doc
  putStrLn s
  mapM_ print (take 12 spans)
  print (length spans)
  putStrLn (H.renderDecorated (\t -> "<" ++ show t ++ ">") (\t -> "</" ++ show t ++ ">") doc)
  H.renderDecoratedM (\t -> putStr ("{" ++ take 1 (show t))) (\_ -> putStr "}") putStr (putStrLn "|end") (decl 3)
  putStrLn (renderStyle (Style PageMode 20 1) (fmap show doc))
  print (fmap (const ()) (kw "x") == (text "x" :: Doc ()))
  print (H.isEmpty (annotate Kw H.empty), H.isEmpty (H.empty :: Doc Tag))
  let (s2, sp2) = renderSpans (annotate Lit (annotate Kw (text "ab") <> annotate Ident empty) $$ nest 3 (annotate Kw (char 'z')))
  putStrLn s2 >> print sp2
