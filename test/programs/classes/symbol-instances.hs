{-# LANGUAGE OverloadedLabels, DataKinds, FlexibleInstances, MultiParamTypeClasses, TypeApplications, KindSignatures #-}
-- Instances at Symbol literals: GHC glues the literal into the instance's
-- name ($fIsLabel"with space"Label), quotes, spaces and escapes included.
import GHC.OverloadedLabels (IsLabel(..))
import GHC.TypeLits (KnownSymbol, Symbol, symbolVal)
import Data.Proxy (Proxy(..))

data Label = Label String deriving Show

instance IsLabel "hello" Label where fromLabel = Label "hello"
instance IsLabel "with space" Label where fromLabel = Label "ws"
instance IsLabel "q\"uote" Label where fromLabel = Label "quote"
instance IsLabel "tab\there" Label where fromLabel = Label "tab"

class Named (s :: Symbol) where greeting :: Proxy s -> String
instance Named "alice" where greeting _ = "hi alice"
instance Named "bob smith" where greeting p = "hello " ++ show (symbolVal' p)

symbolVal' :: Proxy "bob smith" -> String
symbolVal' = symbolVal

main :: IO ()
main = do
  print (#hello :: Label)
  print (fromLabel @"with space" :: Label)
  print (fromLabel @"q\"uote" :: Label)
  print (fromLabel @"tab\there" :: Label)
  putStrLn (greeting (Proxy :: Proxy "alice"))
  putStrLn (greeting (Proxy :: Proxy "bob smith"))
