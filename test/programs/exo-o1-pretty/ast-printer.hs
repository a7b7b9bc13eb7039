{-# LANGUAGE RankNTypes, OverloadedStrings, ScopedTypeVariables #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- An AST pretty-printer over pretty's plain and annotated documents: the
-- Pretty class's methods for the base types are taken as records (values
-- and applied) for each instance, documents are compared, shown, combined
-- with Semigroup, forced (NFData), taken apart generically, and annotated
-- documents are rendered to spans and decorations. Compiled without library
-- inlining, so -O1 code calls pretty's own instance methods.
import qualified Text.PrettyPrint.HughesPJ as P
import qualified Text.PrettyPrint.HughesPJClass as PC
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import qualified Text.PrettyPrint.Annotated.HughesPJClass as AC
import Control.DeepSeq (NFData (..), deepseq, force)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat, stimes)
import GHC.Generics (from, to, Rep)
import Data.String (fromString)
import Data.Functor.Identity

data Meths a = Meths
  { pp :: a -> P.Doc, ppPrec :: PC.PrettyLevel -> Rational -> a -> P.Doc, ppList :: PC.PrettyLevel -> [a] -> P.Doc }

data AMeths a = AMeths
  { app :: forall ann. a -> A.Doc ann, appPrec :: forall ann. AC.PrettyLevel -> Rational -> a -> A.Doc ann, appList :: forall ann. AC.PrettyLevel -> [a] -> A.Doc ann }

{-# INLINE methsOf #-}
methsOf :: PC.Pretty a => Meths a
methsOf = Meths PC.pPrint PC.pPrintPrec PC.pPrintList

{-# INLINE methsApplied #-}
methsApplied :: PC.Pretty a => Meths a
methsApplied = Meths (\x -> PC.pPrint x) (\l p x -> PC.pPrintPrec l p x) (\l xs -> PC.pPrintList l xs)

{-# INLINE ameths #-}
ameths :: AC.Pretty a => (AMeths a, AMeths a)
ameths = (AMeths AC.pPrint AC.pPrintPrec AC.pPrintList, AMeths (\x -> AC.pPrint x) (\l p x -> AC.pPrintPrec l p x) (\l xs -> AC.pPrintList l xs))

-- One line per instance: each method on a few values, plain and annotated.
{-# NOINLINE line #-}
line :: String -> (Meths a, Meths a) -> (AMeths a, AMeths a) -> [a] -> IO ()
line name (m1, m2) (a1, a2) xs = do
  let docs = [pp m1 x P.<+> ppPrec m2 PC.prettyNormal 11 x P.<+> ppPrec m1 (PC.PrettyLevel 1) 0 x | x <- xs]
  putStrLn (name ++ ": " ++ P.render (P.hsep docs) ++ " | " ++ P.render (ppList m1 PC.prettyNormal xs) ++ " " ++ P.renderStyle (P.style { P.mode = P.OneLineMode }) (ppList m2 (PC.PrettyLevel 2) (take 2 xs)))
  let adocs = [app a1 x A.<+> appPrec a2 AC.prettyNormal 11 x | x <- xs] :: [A.Doc ()]
  putStrLn ("  annotated: " ++ A.render (A.hsep adocs) ++ " | " ++ A.render (appList a1 AC.prettyNormal xs :: A.Doc ()) ++ " " ++ A.render (appList a2 (AC.PrettyLevel 1) (reverse xs) :: A.Doc ()))

-- Inlined at each type, so the records hold that instance's own methods.
{-# INLINE both #-}
both :: (PC.Pretty a, AC.Pretty a) => String -> [a] -> IO ()
both name = line name (methsOf, methsApplied) ameths

-- The containers' instances over unknown element types (their own methods).
{-# NOINLINE overElems #-}
overElems :: (PC.Pretty a, PC.Pretty b, AC.Pretty a, AC.Pretty b)
  => ( (Meths (a, b), Meths (a, b)), (AMeths (a, b), AMeths (a, b))
     , (Meths (a, b, a), Meths (a, b, a)), (AMeths (a, b, a), AMeths (a, b, a))
     , (Meths (a, b, a, b), Meths (a, b, a, b)), (AMeths (a, b, a, b), AMeths (a, b, a, b))
     , (Meths (Maybe a), Meths (Maybe a)), (AMeths (Maybe a), AMeths (Maybe a))
     , (Meths (Either a b), Meths (Either a b)), (AMeths (Either a b), AMeths (Either a b))
     , (Meths [b], Meths [b]), (AMeths [b], AMeths [b]) )
overElems = ((methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths)

{-# NOINLINE overWide #-}
overWide :: (PC.Pretty a, AC.Pretty a)
  => ( (Meths (a, a, a, a, a), Meths (a, a, a, a, a)), (AMeths (a, a, a, a, a), AMeths (a, a, a, a, a))
     , (Meths (a, a, a, a, a, a), Meths (a, a, a, a, a, a)), (AMeths (a, a, a, a, a, a), AMeths (a, a, a, a, a, a))
     , (Meths (a, a, a, a, a, a, a), Meths (a, a, a, a, a, a, a)), (AMeths (a, a, a, a, a, a, a), AMeths (a, a, a, a, a, a, a))
     , (Meths (a, a, a, a, a, a, a, a), Meths (a, a, a, a, a, a, a, a)), (AMeths (a, a, a, a, a, a, a, a), AMeths (a, a, a, a, a, a, a, a)) )
overWide = ((methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths, (methsOf, methsApplied), ameths)

-- The AST.
data Expr = Lit Int | V String | App Expr [Expr] | Lam [String] Expr | Let [(String, Expr)] Expr | If Expr Expr Expr

instance PC.Pretty Expr where
  pPrintPrec _ _ (Lit n) = P.int n
  pPrintPrec _ _ (V v) = P.text v
  pPrintPrec l p (App f as) = P.maybeParens (p > 10) (P.hang (PC.pPrintPrec l 10 f) 2 (P.sep (map (PC.pPrintPrec l 11) as)))
  pPrintPrec l p (Lam vs b) = P.maybeParens (p > 0) (P.char '\\' P.<> P.hsep (map P.text vs) P.<+> "->" P.$$ P.nest 2 (PC.pPrintPrec l 0 b))
  pPrintPrec l p (Let bs b) = P.maybeParens (p > 0) (P.vcat ["let" P.<+> P.vcat [P.text v P.<+> P.equals P.<+> PC.pPrint e | (v, e) <- bs], "in" P.<+> PC.pPrint b])
  pPrintPrec l p (If c t e) = P.maybeParens (p > 0) (P.fsep ["if", PC.pPrint c, "then", PC.pPrint t, "else", PC.pPrint e])

data Tag = Kw | Name deriving (Show, Eq)

instance NFData Tag where rnf t = t `seq` ()

annotated :: Expr -> A.Doc Tag
annotated (Lit n) = A.int n
annotated (V v) = A.annotate Name (A.text v)
annotated (App f as) = A.parens (annotated f A.<+> A.hsep (map annotated as))
annotated (Lam vs b) = A.annotate Kw (A.char '\\') A.<> A.hsep (map (A.annotate Name . A.text) vs) A.<+> A.text "->" A.<+> annotated b
annotated (Let bs b) = A.annotate Kw "let" A.<+> A.braces (A.hcat (A.punctuate A.semi [A.text v A.<+> A.equals A.<+> annotated e | (v, e) <- bs])) A.<+> A.annotate Kw "in" A.<+> annotated b
annotated (If c t e) = A.sep [A.annotate Kw "if" A.<+> annotated c, A.nest 2 (A.annotate Kw "then" A.<+> annotated t), A.nest 2 (A.annotate Kw "else" A.<+> annotated e)]

sample :: Expr
sample = Let [("f", Lam ["x", "y"] (App (V "plus") [V "x", App (V "neg") [V "y"]])), ("z", Lit 42)]
             (If (App (V "even") [V "z"]) (App (V "f") [V "z", Lit 1]) (Lit 0))

main :: IO ()
main = do
  both "unit" [(), ()]
  both "bool" [True, False]
  both "ordering" [LT, EQ, GT]
  both "char" "a'\n"
  both "int" [1, -2, 30 :: Int]
  both "integer" [2 ^ 70, -5 :: Integer]
  both "float" [1.5, -0.25 :: Float]
  both "double" [3.25, -1.0e-3 :: Double]
  both "maybe" [Just 'x', Nothing]
  both "either" [Left 1, Right ("r" :: String) :: Either Int String]
  both "list" [[1, 2], [] :: [Int]]
  both "pair" [(1 :: Int, 'p'), (2, 'q')]
  both "triple" [(True, 'c', "s" :: String)]
  both "4-tuple" [(1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int)]
  both "5-tuple" [(1 :: Int, 'b', 3 :: Int, 'd', ())]
  both "6-tuple" [(1 :: Int, 'b', 3 :: Int, 'd', (), False)]
  both "7-tuple" [(1 :: Int, 'b', 3 :: Int, 'd', (), False, LT)]
  both "8-tuple" [(1 :: Int, 'b', 3 :: Int, 'd', (), False, LT, Just 'h')]
  let (p2, a2, p3, a3, p4, a4, pm, am, pe, ae, pl, al) = overElems :: ((Meths (Int, Bool), Meths (Int, Bool)), (AMeths (Int, Bool), AMeths (Int, Bool)), (Meths (Int, Bool, Int), Meths (Int, Bool, Int)), (AMeths (Int, Bool, Int), AMeths (Int, Bool, Int)), (Meths (Int, Bool, Int, Bool), Meths (Int, Bool, Int, Bool)), (AMeths (Int, Bool, Int, Bool), AMeths (Int, Bool, Int, Bool)), (Meths (Maybe Int), Meths (Maybe Int)), (AMeths (Maybe Int), AMeths (Maybe Int)), (Meths (Either Int Bool), Meths (Either Int Bool)), (AMeths (Either Int Bool), AMeths (Either Int Bool)), (Meths [Bool], Meths [Bool]), (AMeths [Bool], AMeths [Bool]))
  line "pair'" p2 a2 [(1, True), (-2, False)]
  line "triple'" p3 a3 [(3, False, 4)]
  line "4-tuple'" p4 a4 [(5, True, 6, False)]
  line "maybe'" pm am [Just 7, Nothing]
  line "either'" pe ae [Left 8, Right True]
  line "list'" pl al [[True], [], [False, True]]
  let (w5, v5, w6, v6, w7, v7, w8, v8) = overWide :: ((Meths (Char, Char, Char, Char, Char), Meths (Char, Char, Char, Char, Char)), (AMeths (Char, Char, Char, Char, Char), AMeths (Char, Char, Char, Char, Char)), (Meths (Char, Char, Char, Char, Char, Char), Meths (Char, Char, Char, Char, Char, Char)), (AMeths (Char, Char, Char, Char, Char, Char), AMeths (Char, Char, Char, Char, Char, Char)), (Meths (Char, Char, Char, Char, Char, Char, Char), Meths (Char, Char, Char, Char, Char, Char, Char)), (AMeths (Char, Char, Char, Char, Char, Char, Char), AMeths (Char, Char, Char, Char, Char, Char, Char)), (Meths (Char, Char, Char, Char, Char, Char, Char, Char), Meths (Char, Char, Char, Char, Char, Char, Char, Char)), (AMeths (Char, Char, Char, Char, Char, Char, Char, Char), AMeths (Char, Char, Char, Char, Char, Char, Char, Char)))
  line "5-tuple'" w5 v5 [('a', 'b', 'c', 'd', 'e')]
  line "6-tuple'" w6 v6 [('a', 'b', 'c', 'd', 'e', 'f')]
  line "7-tuple'" w7 v7 [('a', 'b', 'c', 'd', 'e', 'f', 'g')]
  line "8-tuple'" w8 v8 [('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')]
  print (PC.prettyNormal, PC.PrettyLevel 3, [PC.PrettyLevel 0, PC.PrettyLevel 1], PC.PrettyLevel 2 < PC.PrettyLevel 3)
  print (AC.prettyNormal, AC.PrettyLevel 4)
  -- the AST, at several widths
  let d = PC.pPrint sample
  mapM_ (\w -> putStrLn (P.renderStyle (P.Style P.PageMode w 1.5) d) >> putStrLn "--") [20, 60]
  putStrLn (PC.prettyShow sample)
  putStrLn (PC.prettyShow (Just [sample, Lit 7]))
  -- Doc's own instances
  print (d, [P.text "a", P.empty], showsPrec 11 (P.int 5) "")
  print (d == d, d /= P.text "x", P.text "a" /= P.text "a")
  putStrLn (P.render (sconcat ("x" :| ["y", "z"]) P.<> stimes (3 :: Int) "ab" P.<> mconcat ["m", "n"] P.<> mempty))
  putStrLn (P.render (P.brackets "b" P.<+> P.braces "c" P.<+> P.doubleQuotes "d" P.<+> P.quotes "q" P.<+> P.maybeQuotes True "mq" P.<+> P.maybeDoubleQuotes True "mdq" P.<+> P.maybeBrackets True "mb" P.<+> P.maybeBraces False "n" P.<+> P.zeroWidthText "<z>" P.<+> P.sizedText 1 "sz"))
  putStrLn (P.render (P.lbrack P.<> P.rbrack P.<> P.lbrace P.<> P.rbrace P.<> P.lparen P.<> P.rparen P.<> P.colon P.<> P.semi P.<> P.comma P.<> P.space P.<> P.equals P.<> P.double 2.5 P.<> P.float 1.5 P.<> P.rational 0.75 P.<> P.integer 12))
  d `deepseq` putStrLn ("forced " ++ show (length (P.render (force d))))
  print (rnf (P.text "r") `seq` "rnf", P.render (to (from (P.text "generic" P.$$ "round")) :: P.Doc))
  -- annotated documents: spans, decorations, and the annotated Doc's instances
  let ad = annotated sample
  putStrLn (A.render ad)
  print (A.renderSpans ad)
  putStrLn (A.renderDecorated (\t -> "<" ++ show t ++ ">") (\t -> "</" ++ show t ++ ">") ad)
  let dec = runIdentity (A.renderDecoratedM (\t -> Identity ("[" ++ show t)) (\_ -> Identity "]") (Identity . id) (Identity "") ad)
  putStrLn dec
  print (A.renderSpans (A.annotate 'a' (A.text "x" A.<+> A.annotate 'b' (A.text "yz"))), fmap (: []) (A.annotate 'q' (A.text "w")))
  print (ad == ad, A.text "x" /= (A.text "x" :: A.Doc ()), A.render (sconcat ("p" :| ["q"]) A.<> stimes (2 :: Int) "r" :: A.Doc ()), fromString "lit" :: A.Doc Int)
  ad `deepseq` print (A.Span 1 2 'c', [A.Span 0 0 ()], A.render (to (from (A.text "gen" :: A.Doc ())) :: A.Doc ()))
  print (A.PageMode, [A.ZigZagMode, A.LeftMode, A.OneLineMode], A.style, to (from A.style) :: A.Style, to (from A.LeftMode) :: A.Mode)
  print (A.Chr 'c', A.Str "s", A.PStr "p", to (from (A.Str "g")) :: A.TextDetails, rnf (A.Chr 'x'), rnf [A.Str "y"])
  print (A.NoAnnot (A.Chr 'n') 1 :: A.AnnotDetails (), A.AnnotStart :: A.AnnotDetails (), A.AnnotEnd 'e', rnf (A.AnnotEnd 'q'))
  print (A.fullRender A.PageMode 30 1.5 (\td acc -> case td of { A.Chr c -> c : acc; A.Str s -> s ++ acc; A.PStr s -> s ++ acc }) "" (A.sep ["alpha", "beta", "gamma delta epsilon"] :: A.Doc ()))
