-- pretty's annotated documents (spans, annotation details, the maybe*
-- wrappers, Show/Semigroup/Monoid of Doc), Pretty instances of wide
-- tuples, Float and Integer, and deepseq's NFData/NFData1/NFData2
-- instances of tuples, Either and Word, with liftRnf/liftRnf2, and what
-- forcing an undefined component does.
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import qualified Text.PrettyPrint.Annotated.HughesPJClass as AC
import qualified Text.PrettyPrint.HughesPJ as P
import qualified Text.PrettyPrint.HughesPJClass as PC
import Control.DeepSeq
import Control.Exception
import Data.Word (Word)

doc :: A.Doc String
doc = A.annotate "outer" (A.text "f" A.<+> A.parens (A.annotate "arg" (A.int 42)) A.$$ A.nest 2 (A.annotate "body" (A.text "body")))

main :: IO ()
main = do
  print (A.renderSpans doc)
  print (map (\s -> (A.spanStart s, A.spanLength s, A.spanAnnotation s)) (snd (A.renderSpans doc)))
  print (fmap length (head (snd (A.renderSpans doc))), A.Span 1 2 'x' == A.Span 1 2 'x')
  putStrLn (A.renderDecorated (\a -> "<" ++ a ++ ">") (\a -> "</" ++ a ++ ">") doc)
  print (A.NoAnnot (A.Chr 'c') 1 == (A.NoAnnot (A.Chr 'c') 1 :: A.AnnotDetails ()), fmap not (A.AnnotStart :: A.AnnotDetails Bool), A.AnnotEnd 'e', A.NoAnnot (A.Str "s") 1 :: A.AnnotDetails ())
  print (A.fullRenderAnn A.PageMode 20 1.5 (:) [] doc, A.PageMode == A.ZigZagMode, A.LeftMode /= A.OneLineMode)
  print (A.text "a" <> A.text "b" :: A.Doc (), mempty :: A.Doc (), mconcat [A.char 'x', A.int 1] :: A.Doc ())
  print (A.maybeParens True (A.text "p") :: A.Doc (), A.maybeBraces True (A.text "b") :: A.Doc (), A.maybeBrackets False (A.text "k") :: A.Doc (), A.maybeQuotes True (A.text "q") :: A.Doc (), A.maybeDoubleQuotes True (A.text "d") :: A.Doc ())
  print (P.maybeBraces True (P.text "x"), P.maybeBrackets True (P.int 3), P.maybeQuotes False (P.text "n"), P.maybeDoubleQuotes True (P.text "dq"), P.first P.empty (P.text "f"), P.reduceDoc (P.text "r" P.$+$ P.text "s"))
  print (PC.pPrint (1 :: Int, 'a', "s", True), PC.pPrint ((), (), (), (), 5 :: Int), PC.pPrint ('a', 'b', 'c', 'd', 'e', 'f'), PC.pPrint ((), (), (), (), (), (), ()))
  print (AC.pPrint (1.5 :: Float, 2 :: Integer, 'c') :: A.Doc (), AC.pPrint (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int) :: A.Doc ())
  print (AC.pPrint ('a', 'b', 'c', 'd', 'e', 'f') :: A.Doc (), AC.pPrint ((), (), (), (), (), (), ()) :: A.Doc (), AC.pPrint ('1', '2', '3', '4', '5', '6', '7', '8') :: A.Doc ())
  print (AC.prettyNormal, AC.PrettyLevel 3 < AC.PrettyLevel 4, AC.pPrintPrec AC.prettyNormal 11 (Just (-3 :: Integer)) :: A.Doc (), AC.pPrint (2.25 :: Float) :: A.Doc ())
  -- deepseq
  let ok :: NFData a => String -> a -> IO ()
      ok name v = try (evaluate (rnf v)) >>= \r -> putStrLn (name ++ ": " ++ either (\(ErrorCall m) -> "forced " ++ m) (const "ok") r)
  ok "triple" (1 :: Int, 'c', "s")
  ok "triple undefined" (1 :: Int, error "third" :: Int, ())
  ok "4-tuple" ((), (), (), [error "in list" :: Int])
  ok "6-tuple" ((), (), (), (), (), Just 'x')
  ok "9-tuple" ((), (), (), (), (), (), (), (), error "ninth" :: ())
  ok "word" (7 :: Word)
  ok "liftRnf" (rnf1 [Just (1 :: Int)])
  ok "liftRnf Either" (rnf1 (Left 'a' :: Either Char Int), rnf1 (Right (error "right") :: Either Char Int))
  ok "liftRnf2" (rnf2 ('a', ()), rnf2 (Left () :: Either () ()))
  ok "NFData1 tuples" (rnf1 ((), 'b'), rnf1 ((), (), 'c'), rnf1 ((), (), (), 'd'), rnf1 ((), (), (), (), 'e'), rnf1 ((), (), (), (), (), 'f'))
  ok "NFData1 big" (rnf1 ((), (), (), (), (), (), 'g'), rnf1 ((), (), (), (), (), (), (), 'h'), rnf1 ((), (), (), (), (), (), (), (), 'i'))
  ok "NFData2 tuples" (rnf2 ((), 'a', 'b'), rnf2 ((), (), 'a', 'b'), rnf2 ((), (), (), 'a', 'b'), rnf2 ((), (), (), (), 'a', 'b'))
  ok "NFData2 big" (rnf2 ((), (), (), (), (), 'a', 'b'), rnf2 ((), (), (), (), (), (), 'a', 'b'), rnf2 ((), (), (), (), (), (), (), 'a', error "last" :: Char))
  ok "liftRnf custom" (liftRnf (\x -> if x > (2 :: Int) then error "big" else ()) [1, 2, 3])
  ok "liftRnf2 custom" (liftRnf2 (const ()) (\b -> if b then error "true" else ()) (Right True :: Either () Bool))
  print (force (1 :: Int, 'x', "yz"), (3 :: Word) `deepseq` "deep", rwhnf 'w')
