-- hs2stg: transformers' `error` calls (the mfix bombs of ErrorT, ExceptT and
-- MaybeT), with the call stack GHC's transformers reports (its source file,
-- line and column of the `error` call): our sources' own locations would
-- read `transformers/...:96:18 in main:...`.
module Control.Monad.Trans.Internal.Error (transformersError) where

import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)

-- transformersError "Except" line col message: the error of module
-- Control.Monad.Trans.<name>, called at that line and column.
transformersError :: String -> Int -> Int -> String -> a
transformersError name line col msg =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/transformers/Control/Monad/Trans/"
            ++ name ++ ".hs:" ++ show line ++ ":" ++ show col
            ++ " in transformers-0.5.6.2:Control.Monad.Trans." ++ name
        )
    )
