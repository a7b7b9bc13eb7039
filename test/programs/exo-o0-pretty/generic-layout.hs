{-# LANGUAGE OverloadedStrings, FlexibleContexts, FlexibleInstances, TypeOperators, ScopedTypeVariables, DeriveGeneric #-}
-- A generic record printer whose output is a pretty document: the printer
-- walks GHC.Generics representations (of our records and of pretty's own
-- Style, Mode and TextDetails), the documents are written with string
-- literals (IsString of annotated documents), forced with NFData before
-- rendering, and taken apart generically to count their layout nodes.
import qualified Text.PrettyPrint.HughesPJ as P
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import Text.PrettyPrint.Annotated.HughesPJ (Doc, TextDetails (..), Style (..), Mode (..))
import Control.DeepSeq
import GHC.Generics

-- pretty-print any generic value as a nested record
class GDoc f where
  gdoc :: f p -> [P.Doc]
instance GDoc f => GDoc (M1 D d f) where
  gdoc (M1 x) = gdoc x
instance (GDoc f, GDoc g) => GDoc (f :+: g) where
  gdoc (L1 x) = gdoc x
  gdoc (R1 x) = gdoc x
instance (Constructor c, GDoc f) => GDoc (M1 C c f) where
  gdoc m@(M1 x) = [P.hang (P.text (conName m)) 2 (P.vcat (gdoc x))]
instance (Selector s, GDoc f) => GDoc (M1 S s f) where
  gdoc m@(M1 x) = case selName m of
    "" -> gdoc x
    n -> [P.text n P.<+> P.equals P.<+> P.hsep (gdoc x)]
instance (GDoc f, GDoc g) => GDoc (f :*: g) where
  gdoc (a :*: b) = gdoc a ++ gdoc b
instance GDoc U1 where
  gdoc U1 = []
instance Show c => GDoc (K1 i c) where
  gdoc (K1 c) = [P.text (show c)]

docOf :: (Generic a, GDoc (Rep a)) => a -> P.Doc
docOf = P.vcat . gdoc . from

-- the constructor at the top of a generic value
topCon :: (Generic a, TopCon (Rep a)) => a -> String
topCon = topConRep . from

class TopCon f where
  topConRep :: f p -> String
instance TopCon f => TopCon (M1 D d f) where
  topConRep (M1 x) = topConRep x
instance (TopCon f, TopCon g) => TopCon (f :+: g) where
  topConRep (L1 x) = topConRep x
  topConRep (R1 x) = topConRep x
instance Constructor c => TopCon (M1 C c f) where
  topConRep = conName

data Service = Service {svcName :: String, port :: Int, replicas :: Int, tags :: [String]}
  deriving (Show, Generic)

data Deploy = Rolling {batch :: Int} | Recreate | Canary Double
  deriving (Show, Generic)

banner :: Doc Int
banner = A.annotate 1 "deploy plan" A.<+> A.parens (A.annotate 2 "draft")

section :: Doc Int -> [Doc Int] -> Doc Int
section title body = A.vcat [title A.<> ":", A.nest 4 (A.vcat body)]

main :: IO ()
main = do
  let svc = Service "api" 8080 3 ["edge", "v2"]
      plans = [Rolling 2, Recreate, Canary 0.25]
  putStrLn (P.render (docOf svc))
  mapM_ (putStrLn . P.render . docOf) plans
  -- pretty's own configuration records, printed generically
  let narrow = Style {mode = PageMode, lineLength = 30, ribbonsPerLine = 1.2}
  putStrLn (P.render (docOf narrow))
  putStrLn (P.render (P.vcat (concatMap (gdoc . from) [PageMode, ZigZagMode, LeftMode, OneLineMode])))
  print (map topCon [Chr 'c', Str "s", PStr "p"], topCon narrow, topCon (to (from ZigZagMode) :: Mode))
  print (to (from narrow) :: Style, to (from (Str "round")) :: TextDetails)
  -- annotated documents written as string literals, forced, then rendered
  let doc = section banner [ "service" A.<+> A.text (svcName svc), "port" A.<+> A.int (port svc), A.sep (map A.text (tags svc)) ]
      forced = force doc
  forced `deepseq` putStrLn (A.renderStyle narrow forced)
  putStrLn (A.renderStyle (Style OneLineMode 80 1.5) ("a" A.$$ "b" A.<+> "c" :: Doc ()))
  print (rnf (A.fullRender PageMode 20 1 (\td acc -> td : acc) [] doc))
  print (A.fullRender LeftMode 20 1 (\td acc -> case td of Chr c -> c : acc; Str s -> s ++ acc; PStr s -> s ++ acc) "" doc)
  print (map (\s -> (A.spanStart s, A.spanLength s, A.spanAnnotation s)) (snd (A.renderSpans banner)))
  let details = [A.AnnotStart, A.NoAnnot (Str "deploy") 6, A.NoAnnot (Chr ' ') 1, A.AnnotEnd (2 :: Int)]
  print (rnf details, [n | A.NoAnnot _ n <- force details], [a | A.AnnotEnd a <- details])
  print (length (A.renderDecorated (\a -> "<" ++ show a ++ ">") (\a -> "</" ++ show a ++ ">") banner))
  print (rnf (A.renderDecoratedM (\_ -> Just ()) (\_ -> Just ()) (\_ -> Just ()) (Just ()) banner))
  -- plain documents forced and walked generically
  let plain = P.hang (P.text "items") 2 (P.vcat (map P.int [1 .. 4])) P.$+$ P.text "end"
  rnf plain `seq` putStrLn (P.render plain)
  putStrLn (P.render (to (from plain) :: P.Doc))
  print (topCon plain, length (show (force plain)), P.isEmpty (force P.empty))
  print (topCon ("x" :: Doc ()), topCon (A.empty :: Doc ()), topCon (A.text "t" A.$$ A.text "u" :: Doc ()))
