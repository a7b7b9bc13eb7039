-- The Pretty class's instances and defaults: numbers, Char and String,
-- Maybe/Either precedence, lists, tuples, PrettyLevel, prettyShow.
import Text.PrettyPrint.HughesPJClass

data Color = Red | Green deriving Show

instance Pretty Color where
  pPrint = text . show

newtype Wrapped = Wrapped [Maybe Int]

instance Pretty Wrapped where
  pPrintPrec l p (Wrapped xs) = prettyParen (p > 10) (text "Wrapped" <+> pPrintPrec l 11 xs)
  pPrintList l ws = vcat (map (pPrintPrec l 0) ws)

main :: IO ()
main = do
  putStrLn (prettyShow (42 :: Int))
  putStrLn (prettyShow (-7 :: Integer, 2.5 :: Double, 1.25 :: Float))
  putStrLn (prettyShow 'x')
  putStrLn (prettyShow "a string with \"quotes\"\n")
  putStrLn (prettyShow [Just (Just 'a'), Nothing])
  putStrLn (prettyShow (Left 3 :: Either Int (Maybe Bool), Right (Just True) :: Either Int (Maybe Bool)))
  putStrLn (prettyShow (Just (Left (-1)) :: Maybe (Either Int ())))
  putStrLn (prettyShow [(1 :: Int, 'a', True), (2, 'b', False)])
  putStrLn (prettyShow ((), LT, [EQ, GT]))
  putStrLn (prettyShow (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int, 7 :: Int, 8 :: Int))
  putStrLn (prettyShow [Red, Green])
  putStrLn (prettyShow (Wrapped [Just 1, Nothing]))
  putStrLn (prettyShow [Wrapped [], Wrapped [Just 2]])
  putStrLn (prettyShow (Just (Wrapped [Nothing])))
  putStrLn (prettyShow [1 .. 60 :: Int])
  putStrLn (render (pPrintPrec (PrettyLevel 2) 11 (Just (3 :: Int))))
  print (prettyNormal, PrettyLevel 3 > prettyNormal, PrettyLevel 1 == PrettyLevel 1)
  print (showsPrec 11 (PrettyLevel (-2)) "")
  putStrLn (render (pPrintList prettyNormal "chars"))
  putStrLn (render (prettyParen True (text "x") <+> prettyParen False (text "y")))
